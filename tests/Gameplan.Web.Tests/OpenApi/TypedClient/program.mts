// A small program against Gameplan's API through a client generated from /openapi/v1.json
// (openapi-typescript + openapi-fetch). It type-checks under `tsc --strict` with no casts: ids are
// numbers, bodies and answers have the document's shapes. TypedClientTests generates api.d.ts,
// compiles this file and runs it against the app, with GAMEPLAN_URL and GAMEPLAN_TOKEN set.
import createClient from "openapi-fetch";
import type { paths } from "./api.js";

// node's process, declared here rather than installing @types/node for two variables.
declare const process: { env: Record<string, string | undefined> };

const client = createClient<paths>({
  baseUrl: process.env.GAMEPLAN_URL,
  headers: { Authorization: `Bearer ${process.env.GAMEPLAN_TOKEN}` },
});

const plans = await client.GET("/api/v1/plans");
if (!plans.data) {
  throw new Error(`listing plans answered ${plans.response.status}`);
}
const chosen = plans.data.find((p) => p.scope === "organization") ?? plans.data[0];
const id: number = chosen.id;

const plan = await client.GET("/api/v1/plans/{id}", { params: { path: { id } } });
if (!plan.data) {
  throw new Error(`reading plan ${id} answered ${plan.response.status}`);
}

const pace = await client.GET("/api/v1/plans/{id}/pace", { params: { path: { id } } });
if (!pace.data) {
  throw new Error(`reading the pace of plan ${id} answered ${pace.response.status}`);
}

const created = await client.POST("/api/v1/plans/{planId}/goals", {
  params: { path: { planId: id } },
  body: { title: "Win 12 new clinic groups by year end", metric: "new_clinic_groups", unit: "groups", target: 12, due: plan.data.period.end },
});
if (!created.data) {
  throw new Error(`creating a goal answered ${created.response.status}: ${JSON.stringify(created.error)}`);
}
const goalId: number = created.data.id;

const goal = await client.GET("/api/v1/plans/{planId}/goals/{goalId}", { params: { path: { planId: id, goalId } } });

console.log(JSON.stringify({
  plans: plans.data.length,
  plan: plan.data.name,
  commitments: pace.data.commitments.length,
  goal: goalId,
  status: created.response.status,
  target: goal.data?.target,
}));
