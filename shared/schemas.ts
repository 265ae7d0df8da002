/** Route schemas (TypeBox): what REST bodies and params must look like. The server validates with them. */
import { Type } from '@sinclair/typebox';

export const MetricDefSchema = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,63}$' }),
    label: Type.String({ minLength: 1, maxLength: 120 }),
    unit: Type.Optional(Type.String({ maxLength: 40 })),
    terms: Type.Array(Type.String({ minLength: 1, maxLength: 80 }), { minItems: 1, maxItems: 100 }),
    tolerance: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  },
  { additionalProperties: false },
);

export const CreateEventBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    metrics: Type.Optional(Type.Array(MetricDefSchema, { minItems: 1, maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const UpdateEventBody = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    metrics: Type.Optional(Type.Array(MetricDefSchema, { minItems: 1, maxItems: 50 })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const EventParams = Type.Object({ eventId: Type.String({ minLength: 1, maxLength: 100 }) });

export const CreateSourceBody = Type.Object(
  {
    outlet: Type.String({ minLength: 1, maxLength: 120 }),
    url: Type.String({ minLength: 1, maxLength: 2048 }),
    intervalSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 86_400 })),
  },
  { additionalProperties: false },
);

export const SourceParams = Type.Object({
  eventId: Type.String({ minLength: 1, maxLength: 100 }),
  sourceId: Type.String({ minLength: 1, maxLength: 100 }),
});

export const UpdateSourceBody = Type.Object(
  {
    outlet: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    url: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
    intervalSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 86_400 })),
    paused: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ClaimParams = Type.Object({
  eventId: Type.String({ minLength: 1, maxLength: 100 }),
  claimId: Type.String({ minLength: 1, maxLength: 100 }),
});

export const ReviewClaimBody = Type.Object(
  {
    action: Type.Union([Type.Literal('confirm'), Type.Literal('reject'), Type.Literal('correct'), Type.Literal('reopen')]),
    value: Type.Optional(Type.Number({ minimum: 0 })),
    metric: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_]{0,63}$' })),
    by: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
