// Trusted Types: a page that requires them for scripts (`require-trusted-types-for 'script'`)
// refuses `new Worker(url)` with a plain string. The widget makes its workers' URLs trusted
// with a policy of its own, POLICY, which passes only the URLs of its own workers. A page
// that lists the policies it allows (`trusted-types ...`) must list this name; where it does
// not, the widget passes the plain URL, and the page's refusal is told to the user by name
// (docs/embedding.md, "Trusted Types").

export const POLICY = 'att-diligence';

/**
 * `isOurs(url)`: whether `url` is one of the widget's worker scripts. Returns a function
 * giving, for such a URL, a TrustedScriptURL where the page has Trusted Types, else the URL.
 */
export function trustedScriptUrls(isOurs) {
  // Made on first use (a page where no worker starts never sees the policy); null: none.
  let policy;
  return (url) => {
    if (policy === undefined) {
      policy = null;
      try {
        policy =
          globalThis.trustedTypes?.createPolicy(POLICY, {
            createScriptURL: (u) => {
              if (!isOurs(u)) throw new TypeError(`${POLICY}: not a worker of the widget: ${u}`);
              return u;
            },
          }) ?? null;
      } catch {
        // The page does not allow the name (or it exists already): the plain URL, which a
        // page that requires Trusted Types refuses, and the widget says so.
      }
    }
    return policy ? policy.createScriptURL(url) : url;
  };
}
