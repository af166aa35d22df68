// Tiny YAML reader for the subset Open States writes: block mappings, block sequences (also at
// the parent key's indent), plain / single-quoted / double-quoted scalars. Anything else throws,
// so a format change upstream stops the import instead of being misread.

function parseScalar(raw, where) {
  const s = raw.trim();
  if (s === '' || s === '~' || s === 'null') return null;
  if (s.startsWith('"')) {
    if (!s.endsWith('"') || s.length < 2) throw new Error(`${where}: unterminated double-quoted string`);
    return s.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e) => {
      if (e[0] === 'x' || e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
      const simple = { n: '\n', t: '\t', '"': '"', '\\': '\\', '/': '/', ' ': ' ', '0': '\0' }[e];
      if (simple === undefined) throw new Error(`${where}: unsupported escape \\${e}`);
      return simple;
    });
  }
  if (s.startsWith("'")) {
    if (!s.endsWith("'") || s.length < 2) throw new Error(`${where}: unterminated single-quoted string`);
    return s.slice(1, -1).replace(/''/g, "'");
  }
  if (/^[[{|>&*!%@`]/.test(s)) throw new Error(`${where}: unsupported YAML syntax: ${s}`);
  return s;
}

export function parseYaml(text, file) {
  const lines = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\s*(#.*)?$/.test(line) || line === '---') return;
    if (/\t/.test(line.match(/^\s*/)[0])) throw new Error(`${file}:${i + 1}: tab indentation`);
    lines.push({ indent: line.match(/^ */)[0].length, text: line.trim(), no: i + 1 });
  });
  let pos = 0;
  const where = (l) => `${file}:${l.no}`;

  function splitKey(l, text) {
    const m = /^([^:'"#]+?):(?: (.*))?$/.exec(text);
    if (!m) throw new Error(`${where(l)}: expected "key: value", got: ${text}`);
    return [m[1], m[2]];
  }

  // Parses mapping entries at `indent`; `first` is an entry already split off a "- " line.
  function parseMapping(indent, first) {
    const obj = {};
    const addEntry = (l, text, childIndent) => {
      const [key, rest] = splitKey(l, text);
      if (key in obj) throw new Error(`${where(l)}: duplicate key ${key}`);
      if (rest !== undefined && rest.trim() !== '') {
        obj[key] = parseScalar(rest, where(l));
        return;
      }
      const next = lines[pos];
      if (next && (next.indent > childIndent || (next.indent === childIndent && next.text.startsWith('- ')))) {
        obj[key] = parseBlock(next.indent);
      } else obj[key] = null;
    };
    if (first) addEntry(first.line, first.text, indent);
    while (pos < lines.length && lines[pos].indent === indent && !lines[pos].text.startsWith('- ')) {
      const l = lines[pos++];
      addEntry(l, l.text, indent);
    }
    return obj;
  }

  function parseSequence(indent) {
    const arr = [];
    while (pos < lines.length && lines[pos].indent === indent && lines[pos].text.startsWith('- ')) {
      const l = lines[pos++];
      const rest = l.text.slice(2);
      if (/^[^:'"#]+?:( |$)/.test(rest)) arr.push(parseMapping(indent + 2, { line: l, text: rest }));
      else arr.push(parseScalar(rest, where(l)));
    }
    return arr;
  }

  function parseBlock(indent) {
    return lines[pos].text.startsWith('- ') ? parseSequence(indent) : parseMapping(indent);
  }

  const doc = lines.length ? parseBlock(0) : {};
  if (pos < lines.length) throw new Error(`${where(lines[pos])}: unexpected indentation`);
  return doc;
}
