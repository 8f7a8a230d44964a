/**
 * Runs one of Unbanner's unlisted scripts in a frame of a tab, then calls a function it left on
 * the extension's isolated-world global (out of the page's reach), found by its path there:
 * `['__unbannerCheckSelector']`, `['__unbannerReporter', 'missed']`. The answer is untrusted
 * data from a frame the page controls: the caller checks its shape.
 */
export async function callInFrame(
  tabId: number,
  frameId: number,
  file: `/${string}.js`,
  path: string[],
  args: string[] = [],
): Promise<unknown> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.executeScript({ target, files: [file] });
  const [result] = await browser.scripting.executeScript({
    target,
    // Runs in the frame: serialised, so it uses nothing from around it.
    func: (names: string[], values: string[]) => {
      let at: unknown = globalThis;
      for (const name of names) at = (at as Record<string, unknown> | undefined)?.[name];
      return typeof at === 'function' ? (at as (...a: string[]) => unknown)(...values) : null;
    },
    args: [path, args],
  });
  return result?.result;
}
