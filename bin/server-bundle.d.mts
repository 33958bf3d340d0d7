export declare const BUNDLE: string;
export declare function isStale(bundle?: string): boolean;
export declare function serverBundle(): Promise<string>;
export declare function buildBundle(out: string): Promise<void>;
