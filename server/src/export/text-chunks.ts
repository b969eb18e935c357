/**
 * About how many characters one chunk of an export holds. Small on purpose: strings this size are short-lived
 * young-generation garbage, where page-sized strings (megabytes) land in V8's large-object space and made the
 * garbage collector the biggest cost of a whole-graph export in trials.
 */
export const chunkCharacters = 32 * 1024;

/** Renders items one by one and hands the text on in chunks of about `chunkCharacters`. */
export function* renderInChunks<T>(items: Iterable<T>, render: (item: T) => string): Generator<string> {
  let text = '';
  for (const item of items) {
    text += render(item);
    if (text.length >= chunkCharacters) {
      yield text;
      text = '';
    }
  }
  if (text) yield text;
}
