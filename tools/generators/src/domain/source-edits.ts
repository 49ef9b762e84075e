import { applyChangesToString, ChangeType, type Tree } from '@nx/devkit';
import ts from 'typescript';

/**
 * Small edits of the workspace's TypeScript sources by their syntax, not by line numbers: a
 * generator adds an import, or an entry to a named table, wherever the table sits in the file.
 */

function sourceOf(tree: Tree, path: string): { text: string; file: ts.SourceFile } {
  const text = tree.read(path, 'utf8');
  if (text === null) throw new Error(`${path} does not exist.`);
  return { text, file: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true) };
}

/** Adds an import line after the file's last import. */
export function addImport(tree: Tree, path: string, line: string): void {
  const { text, file } = sourceOf(tree, path);
  const imports = file.statements.filter(ts.isImportDeclaration);
  const at = imports.at(-1)?.end ?? 0;
  tree.write(path, applyChangesToString(text, [{ type: ChangeType.Insert, index: at, text: `${at ? '\n' : ''}${line}${at ? '' : '\n'}` }]));
}

/**
 * The literal a table's name is bound to: `const NAME = {…}`, `NAME = […]`, `const NAME = new Set([…])`,
 * or what the function NAME returns (`return {…}`).
 */
function literalNamed(file: ts.SourceFile, name: string): ts.ObjectLiteralExpression | ts.ArrayLiteralExpression | null {
  let found: ts.ObjectLiteralExpression | ts.ArrayLiteralExpression | null = null;
  const literalOf = (expression: ts.Expression | undefined): typeof found => {
    let inner = expression;
    while (inner && (ts.isAsExpression(inner) || ts.isSatisfiesExpression(inner) || ts.isParenthesizedExpression(inner))) inner = inner.expression;
    if (inner && ts.isNewExpression(inner)) inner = inner.arguments?.[0];
    return inner && (ts.isObjectLiteralExpression(inner) || ts.isArrayLiteralExpression(inner)) ? inner : null;
  };
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) found = literalOf(node.initializer);
    else if (ts.isFunctionDeclaration(node) && node.name?.text === name && node.body) {
      const returned = node.body.statements.filter(ts.isReturnStatement).at(-1);
      found = literalOf(returned?.expression);
    }
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left) && node.left.text === name) {
      found = literalOf(node.right);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * Appends entries (properties of an object, elements of an array) to the table bound to `name`,
 * indented as its last entry is; fails when the file has no such table.
 */
export function appendToTable(tree: Tree, path: string, name: string, entries: readonly string[]): void {
  const { text, file } = sourceOf(tree, path);
  const literal = literalNamed(file, name);
  if (!literal) throw new Error(`${path} has no table "${name}" to add to.`);
  const items: ts.NodeArray<ts.Node> = ts.isObjectLiteralExpression(literal) ? literal.properties : literal.elements;
  const last = items.at(-1);
  const lineStart = (index: number) => text.lastIndexOf('\n', index - 1) + 1;
  const indent = last ? /^\s*/.exec(text.slice(lineStart(last.getStart(file)), last.getStart(file)))?.[0] ?? '  ' : '  ';
  const end = last ? last.end : literal.getStart(file) + 1;
  const comma = last && !items.hasTrailingComma ? ',' : '';
  const skipComma = items.hasTrailingComma ? text.indexOf(',', end) + 1 : end;
  const inserted = entries.map((entry) => `\n${indent}${entry.replace(/\n/g, `\n${indent}`)},`).join('');
  tree.write(path, applyChangesToString(text, [{ type: ChangeType.Insert, index: skipComma, text: `${comma}${inserted}` }]));
}

/** Adds a string to an array of strings kept in order (`'Award', 'Dossier', …`), before the first that sorts after it. */
export function insertSorted(tree: Tree, path: string, name: string, value: string): void {
  const { text, file } = sourceOf(tree, path);
  const literal = literalNamed(file, name);
  if (!literal || !ts.isArrayLiteralExpression(literal)) throw new Error(`${path} has no list "${name}" to add to.`);
  const after = literal.elements.find((element) => ts.isStringLiteral(element) && element.text.localeCompare(value, 'en') > 0);
  if (!after) return appendToTable(tree, path, name, [`'${value}'`]);
  const start = after.getStart(file);
  const indent = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  tree.write(path, applyChangesToString(text, [{ type: ChangeType.Insert, index: start, text: `'${value}',\n${indent}` }]));
}
