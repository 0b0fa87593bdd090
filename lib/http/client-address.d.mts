export declare const CLIENT_ADDRESS_HEADER: 'x-parallel-client-address'
export declare function clientAddress(
  forwardedFor: string | string[] | undefined,
  peer: string | undefined,
  trustedProxies: number,
): string
export declare function trustedProxyCount(value: string | undefined): number
