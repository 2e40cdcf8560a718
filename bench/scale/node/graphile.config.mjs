// PostGraphile 5 over Corroborate's tables, for bench/scale/run.sh. The schema comes from PG_SCHEMA.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { TagsFilePlugin } from "postgraphile/utils";

export default {
  extends: [PostGraphileAmberPreset],
  plugins: [TagsFilePlugin],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
      schemas: [process.env.PG_SCHEMA ?? "corroborate"],
    }),
  ],
  grafserv: { port: Number(process.env.PORT ?? 5678), host: "127.0.0.1" },
};
