// s3rver 3 (a dev dependency: the S3 HTTP API the bucket storage is tested against) ships no types;
// the little of it uploads-s3.int-spec.ts uses.
declare module 's3rver' {
  interface S3rverOptions {
    address?: string;
    /** 0: a free port, read from what run() resolves to. */
    port?: number;
    /** Where the buckets and objects are kept. */
    directory: string;
    silent?: boolean;
    configureBuckets?: { name: string }[];
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
