/** True for addresses of this machine only: 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/i, '');
  return plain === '::1' || /^127(\.\d{1,3}){3}$/.test(plain);
}

/** Paths of the CMS admin, its API and the data desk, which write files in local mode. */
export function isCmsPath(pathname: string): boolean {
  return /^\/(keystatic|api\/keystatic|nhap-lieu)(\/|$)/.test(pathname);
}
