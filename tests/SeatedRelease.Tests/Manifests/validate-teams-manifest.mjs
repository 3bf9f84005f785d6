// Validates a Teams app manifest against the schema of its manifestVersion, as shipped in
// @microsoft/app-manifest (no network: the schema is read from node_modules).
// Usage: node validate-teams-manifest.mjs MANIFEST.json BOT_ID
// Prints {"valid":true} or {"valid":false,"errors":[...]} and exits 0 or 1; 2 when it cannot run.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const [manifestPath, botId] = process.argv.slice(2);
if (!manifestPath || !botId) {
  console.error('usage: node validate-teams-manifest.mjs MANIFEST.json BOT_ID');
  process.exit(2);
}

// The placeholder is filled exactly as the packaging command fills it.
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8').replaceAll('{{BOT_ID}}', botId));
const require = createRequire(import.meta.url);
const packageRoot = dirname(require.resolve('@microsoft/app-manifest/package.json'));
const schemaPath = join(packageRoot, 'build', 'json-schemas', 'teams', `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
if (!existsSync(schemaPath)) {
  console.error(`no schema for manifestVersion ${manifest.manifestVersion} at ${schemaPath}`);
  process.exit(2);
}
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const valid = validate(manifest);
console.log(JSON.stringify(valid ? { valid, schema: schemaPath } : { valid, schema: schemaPath, errors: validate.errors }));
process.exit(valid ? 0 : 1);
