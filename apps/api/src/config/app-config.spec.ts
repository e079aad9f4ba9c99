import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, REPO_ROOT } from './app-config';

describe('loadConfig', () => {
  it('has defaults for the embedded mode', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: 'development', port: 3000, databaseUrl: undefined, logLevel: 'info', introspection: true, publicUrl: 'http://localhost:3000' });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('keeps the demo and stack traces off unless asked for, whatever NODE_ENV says', () => {
    for (const NODE_ENV of [undefined, 'development', 'test']) expect(loadConfig({ NODE_ENV })).toMatchObject({ demoMode: false, graphqlStacktraces: false });
    expect(loadConfig({ DEMO_MODE: '1', GRAPHQL_STACKTRACES: 'true' })).toMatchObject({ demoMode: true, graphqlStacktraces: true });
  });

  it.each(['http://localhost:3000', 'http://127.0.0.1:4000', 'http://[::1]:3000'])('runs the demo on the loopback address %s', (PUBLIC_URL) => {
    expect(loadConfig({ DEMO_MODE: '1', PUBLIC_URL }).demoMode).toBe(true);
  });

  it.each(['https://citybridge.example.org', 'http://10.0.0.5:3000', 'http://localhost.example.org'])('refuses the demo on %s', (PUBLIC_URL) => {
    expect(() => loadConfig({ DEMO_MODE: '1', PUBLIC_URL })).toThrow(/^DEMO_MODE .* loopback PUBLIC_URL only/);
  });

  it('turns introspection off in production unless asked for', () => {
    const secret = { SESSION_SECRET: 's'.repeat(32) };
    expect(loadConfig({ NODE_ENV: 'production', ...secret }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true', ...secret }).introspection).toBe(true);
  });

  it('requires a session secret of its own in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/^SESSION_SECRET must be set in production/);
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/^SESSION_SECRET must be 32 characters or more \(got 5\)$/);
  });

  it('reads TRUST_PROXY as none, a hop count or addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,loopback' }).trustProxy).toEqual(['10.0.0.1', '192.168.0.0/16', 'loopback']);
  });

  it('sends the x-sql-statements header only when asked for, in any NODE_ENV', () => {
    for (const NODE_ENV of ['', 'development', 'test', 'production']) expect(loadConfig({ NODE_ENV, SESSION_SECRET: 'x'.repeat(32) }).sqlStatementsHeader).toBe(false);
    expect(loadConfig({ SQL_STATEMENTS_HEADER: '1' }).sqlStatementsHeader).toBe(true);
  });

  it('has rate limits per hour that the environment can change', () => {
    expect(loadConfig({}).rateLimits).toEqual({ signUpsPerHour: 20, passwordResetRequestsPerHour: 20, invitationsPerHour: 50, uploadsPerHour: 100 });
    expect(loadConfig({ SIGN_UPS_PER_HOUR: '3' }).rateLimits.signUpsPerHour).toBe(3);
  });

  it('keeps uploads in PostgreSQL unless told; the local folder is DATA_DIR/uploads unless UPLOAD_DIR says where', () => {
    expect(loadConfig({ DATA_DIR: '/srv/cb' }).uploads).toEqual({ storage: 'postgres', dir: '/srv/cb/uploads', s3: undefined });
    expect(loadConfig({ UPLOAD_STORAGE: 'local' }).uploads.storage).toBe('local');
    expect(loadConfig({ DATA_DIR: '/srv/cb', UPLOAD_DIR: '/mnt/files' }).uploads.dir).toBe('/mnt/files');
    expect(() => loadConfig({ UPLOAD_STORAGE: 'disk' })).toThrow(/^UPLOAD_STORAGE must be one of postgres, s3, local \(got "disk"\)$/);
  });

  describe('UPLOAD_STORAGE=s3', () => {
    const S3 = { UPLOAD_STORAGE: 's3', S3_REGION: 'ap-southeast-3', S3_BUCKET: 'citybridge-files', S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_SECRET_ACCESS_KEY: 'secret/Example+Key' };

    it('reads the bucket of AWS S3: no endpoint, the bucket in the host name', () => {
      expect(loadConfig(S3).uploads).toMatchObject({
        storage: 's3',
        s3: { endpoint: undefined, region: 'ap-southeast-3', bucket: 'citybridge-files', accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret/Example+Key', forcePathStyle: false },
      });
    });

    it('puts the bucket in the path for another store (MinIO) unless S3_FORCE_PATH_STYLE says otherwise', () => {
      const minio = { ...S3, S3_ENDPOINT: 'http://minio:9000', S3_REGION: 'us-east-1' };
      expect(loadConfig(minio).uploads.s3).toMatchObject({ endpoint: 'http://minio:9000', forcePathStyle: true });
      expect(loadConfig({ ...minio, S3_FORCE_PATH_STYLE: 'false' }).uploads.s3?.forcePathStyle).toBe(false);
      expect(loadConfig({ ...S3, S3_FORCE_PATH_STYLE: 'true' }).uploads.s3?.forcePathStyle).toBe(true);
    });

    it('ignores the S3 settings, even bad ones, when the files are kept elsewhere', () => {
      expect(loadConfig({ S3_BUCKET: 'Not A Bucket', S3_ENDPOINT: 'nope' }).uploads).toMatchObject({ storage: 'postgres', s3: undefined });
    });

    it.each(['S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])('refuses to start without %s, naming it', (name) => {
      for (const missing of [{ [name]: undefined }, { [name]: '' }, { [name]: '  ' }]) {
        expect(() => loadConfig({ ...S3, ...missing })).toThrow(ConfigError);
        expect(() => loadConfig({ ...S3, ...missing })).toThrow(new RegExp(`^${name} must be set when UPLOAD_STORAGE=s3 \\(`));
      }
    });

    it.each([
      [{ S3_ENDPOINT: 'minio 9000' }, /^S3_ENDPOINT must be a URL \(got "minio 9000"\)$/],
      [{ S3_ENDPOINT: 'minio:9000' }, /^S3_ENDPOINT must start with http:\/\/ or https:\/\//],
      [{ S3_ENDPOINT: 'ftp://minio' }, /^S3_ENDPOINT must start with http:\/\/ or https:\/\//],
      [{ S3_BUCKET: 'CityBridge_Files' }, /^S3_BUCKET must be a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens \(got "CityBridge_Files"\)$/],
      [{ S3_BUCKET: 'ab' }, /^S3_BUCKET must be a bucket name/],
      [{ S3_BUCKET: 'files/../other' }, /^S3_BUCKET must be a bucket name/],
      [{ S3_REGION: 'ap southeast 3' }, /^S3_REGION must be a region name/],
      [{ S3_SECRET_ACCESS_KEY: 'secret\n' }, /^S3_SECRET_ACCESS_KEY must not start or end with spaces$/],
      [{ S3_FORCE_PATH_STYLE: 'yes' }, /^S3_FORCE_PATH_STYLE must be true or false/],
    ])('refuses %o with one message naming the variable', (bad, message) => {
      expect(() => loadConfig({ ...S3, ...bad })).toThrow(ConfigError);
      expect(() => loadConfig({ ...S3, ...bad })).toThrow(message);
    });
  });

  it.each([
    [{ TRUST_PROXY: 'proxy.example.org' }, /^TRUST_PROXY must be false, a hop count or comma-separated addresses/],
    [{ SIGN_UPS_PER_HOUR: '0' }, /^SIGN_UPS_PER_HOUR must be a whole number from 1/],
    [{ INVITATIONS_PER_HOUR: 'many' }, /^INVITATIONS_PER_HOUR/],
    [{ UPLOADS_PER_HOUR: '0' }, /^UPLOADS_PER_HOUR/],
    [{ PORT: 'abc' }, /^PORT must be a whole number from 1 to 65535 \(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT/],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV must be one of development, production, test/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /^DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL must be a URL/],
    [{ PUBLIC_URL: 'ftp://x' }, /^PUBLIC_URL/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL/],
    [{ GRAPHQL_INTROSPECTION: 'maybe' }, /^GRAPHQL_INTROSPECTION/],
    [{ GRAPHQL_STACKTRACES: 'maybe' }, /^GRAPHQL_STACKTRACES/],
    [{ DEMO_MODE: 'yes' }, /^DEMO_MODE/],
    [{ REDIS_URL: 'http://localhost' }, /^REDIS_URL must start with redis:\/\/ or rediss:\/\//],
    [{ SMTP_URL: 'mail.example.org' }, /^SMTP_URL must be a URL/],
  ])('rejects %o with one message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('.env.example', () => {
  it('lists every variable the configuration reads', () => {
    const read = new Set<string>();
    // Record each name loadConfig asks the environment for.
    const recorder = new Proxy({} as NodeJS.ProcessEnv, {
      get: (_target, name) => {
        read.add(String(name));
        return undefined;
      },
    });
    loadConfig(recorder);
    const example = readFileSync(path.join(REPO_ROOT, '.env.example'), 'utf8');
    const listed = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect([...read].sort()).toEqual([...listed].sort());
  });
});
