// /schemas/<kind>.schema.json — JSON Schema of each content file kind, for editors (src/schemas/json-schema.ts).
import type { APIRoute } from 'astro';
import { contentJsonSchemaText, kindOfSchemaName, SCHEMA_NAMES } from '../../schemas/json-schema.ts';

export function getStaticPaths() {
  return Object.values(SCHEMA_NAMES).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) => {
  const kind = kindOfSchemaName(String(params.name));
  if (!kind) return new Response(null, { status: 404 });
  return new Response(contentJsonSchemaText(kind), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
