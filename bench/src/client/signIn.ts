/** Signs in through our login route; returns the session cookie the response set. */
export async function signIn(siteUrl: string, account: { email: string; password: string }): Promise<{ name: string; value: string }> {
  const response = await fetch(`${siteUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  const [pair] = (response.headers.get('set-cookie') ?? '').split(';');
  const separator = pair?.indexOf('=') ?? -1;
  if (!response.ok || !pair || separator < 1) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return { name: pair.slice(0, separator), value: pair.slice(separator + 1) };
}
