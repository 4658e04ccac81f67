// Fails when a relative link or an anchor in the project's Markdown does not resolve: README.md,
// CHANGELOG.md and every .md under docs/. Web links are not fetched (CI may be offline); links to
// files must name an existing file or directory, and a #fragment must be a heading of the target
// file, with GitHub's anchor rules (lowercase; punctuation removed; spaces become '-'; a repeated
// heading gets -1, -2, …).
//
// usage: node check-links.mjs REPO_ROOT
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');

function markdownFiles() {
  const files = ['README.md', 'CHANGELOG.md'].map((f) => join(root, f)).filter((f) => existsSync(f));
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) files.push(path);
    }
  };
  if (existsSync(join(root, 'docs'))) walk(join(root, 'docs'));
  return files;
}

// The text of a file with fenced code blocks blanked (links and headings there are not Markdown),
// line numbers kept.
function prose(text) {
  let fenced = false;
  return text.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });
}

export function slug(heading) {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // a link's text only
    .replace(/<[^>]+>/g, '')                 // inline HTML tags
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')  // punctuation (backticks, colons, dots, …) removed
    .replace(/ /g, '-');
}

const anchorCache = new Map();
function anchors(file) {
  if (!anchorCache.has(file)) {
    const seen = new Map();
    const set = new Set();
    for (const line of prose(readFileSync(file, 'utf8'))) {
      const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (!m) continue;
      const base = slug(m[1]);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      set.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const line of prose(readFileSync(file, 'utf8'))) {
      for (const m of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) set.add(m[1]);
    }
    anchorCache.set(file, set);
  }
  return anchorCache.get(file);
}

const problems = [];
let checked = 0;
for (const file of markdownFiles()) {
  prose(readFileSync(file, 'utf8')).forEach((rawLine, i) => {
    const line = rawLine.replace(/`[^`]*`/g, '');  // code spans are not links
    for (const m of line.matchAll(/\[(?:[^\]]|\][^(])*?\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = m[1];
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, …
      checked++;
      const where = `${relative(root, file)}:${i + 1}`;
      const hash = target.indexOf('#');
      const pathPart = hash < 0 ? target : target.slice(0, hash);
      const fragment = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
      const dest = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart));
      if (!existsSync(dest)) {
        problems.push(`${where}: ${target}: no such file ${relative(root, dest)}`);
        continue;
      }
      if (fragment !== null) {
        if (!dest.endsWith('.md') || statSync(dest).isDirectory()) {
          problems.push(`${where}: ${target}: an anchor into something that is not a Markdown file`);
        } else if (!anchors(dest).has(fragment)) {
          problems.push(`${where}: ${target}: ${relative(root, dest)} has no heading with anchor #${fragment}`);
        }
      }
    }
  });
}

if (problems.length > 0) {
  console.error(`links: ${problems.length} broken link(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`links: all ${checked} relative links and anchors in README.md, CHANGELOG.md and docs/ resolve`);
