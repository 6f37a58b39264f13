import { isIP } from 'node:net';

/**
 * Which addresses a fetch may connect to. Private, loopback, link-local (including the cloud metadata
 * address 169.254.169.254 and fd00:ec2::254), CGNAT, multicast, reserved and documentation ranges are
 * refused, for IPv4 and IPv6 alike, and an IPv6 address that embeds an IPv4 one (mapped, compatible,
 * NAT64, 6to4) is judged by the IPv4 address inside it.
 */

const BLOCKED_V4: Array<[number, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
].map(([address, bits]) => [parseIpv4(address as string) as number, bits as number]);

function parseIpv4(address: string): number | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

/** 16 bytes of an IPv6 address (with "::" and a trailing dotted quad), or null. */
function parseIpv6(address: string): number[] | null {
  let text = address.toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const lastColon = text.lastIndexOf(':');
  const quad = text.slice(lastColon + 1);
  if (quad.includes('.')) {
    // a trailing dotted quad ("::ffff:127.0.0.1") is two hex groups written differently
    const v4 = parseIpv4(quad);
    if (v4 === null) return null;
    text = `${text.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const toGroups = (part: string) => (part ? part.split(':') : []);
  const head = toGroups(halves[0]);
  const rest = halves.length === 2 ? toGroups(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  const bytes: number[] = [];
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/.test(group)) return null;
    const value = parseInt(group, 16);
    bytes.push(value >> 8, value & 255);
  }
  return bytes.length === 16 ? bytes : null;
}

function blockedV4(value: number): boolean {
  return BLOCKED_V4.some(([network, bits]) => {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    return (value & mask) >>> 0 === (network & mask) >>> 0;
  });
}

function v4FromBytes(bytes: number[], offset: number): number {
  return (
    ((bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3]) >>> 0
  );
}

function blockedV6(bytes: number[]): boolean {
  const zeroUntil = (end: number) => bytes.slice(0, end).every((byte) => byte === 0);
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible, also :: and ::1), ::ffff:0:a.b.c.d (translated)
  if (zeroUntil(10) && bytes[10] === 0xff && bytes[11] === 0xff) return blockedV4(v4FromBytes(bytes, 12));
  if (zeroUntil(12)) return true;
  if (zeroUntil(8) && bytes[8] === 0xff && bytes[9] === 0xff && bytes[10] === 0 && bytes[11] === 0) {
    return blockedV4(v4FromBytes(bytes, 12));
  }
  // 64:ff9b::/96 NAT64 and 64:ff9b:1::/48 local-use NAT64
  if (bytes[0] === 0 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b) {
    if (bytes.slice(4, 12).every((byte) => byte === 0)) return blockedV4(v4FromBytes(bytes, 12));
    return true;
  }
  // 2002::/16 6to4 carries an IPv4 address in bytes 2..5
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return blockedV4(v4FromBytes(bytes, 2));
  if ((bytes[0] & 0xfe) === 0xfc) return true; // fc00::/7 unique local (fd00:ec2::254 is AWS metadata)
  if (bytes[0] === 0xfe && (bytes[1] & 0xc0) === 0x80) return true; // fe80::/10 link-local
  if (bytes[0] === 0xfe && (bytes[1] & 0xc0) === 0xc0) return true; // fec0::/10 old site-local
  if (bytes[0] === 0xff) return true; // multicast
  if (bytes[0] === 0x01 && bytes[1] === 0x00 && bytes.slice(2, 8).every((byte) => byte === 0)) return true; // 100::/64 discard
  if (bytes[0] === 0x20 && bytes[1] === 0x01 && bytes[2] === 0x0d && bytes[3] === 0xb8) return true; // documentation
  if (bytes[0] === 0x20 && bytes[1] === 0x01 && bytes[2] === 0 && bytes[3] === 0) return true; // Teredo
  return false;
}

/** True when a fetch must not connect to `address` (an IP literal); anything unparsable is refused. */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  if (family === 4) {
    const value = parseIpv4(address);
    return value === null || blockedV4(value);
  }
  const bytes = parseIpv6(address);
  return bytes === null || blockedV6(bytes);
}
