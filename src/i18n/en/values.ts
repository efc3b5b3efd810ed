/** English names of raw values: header fields, changed fields and message parameters (read with t.value; loaded with the later part). */

/**
 * Keys are value.<path>.<raw> for a header field ("value.arp.op.reply"), value.changedField.<path>
 * for a changed field, and value.<param>.<raw> for a message parameter (the JSON type found or
 * expected where a scenario was checked). English shows the raw value itself.
 */
export const valuesEn = {
  'value.arp.op.request': 'request',
  'value.arp.op.reply': 'reply',
  'value.l4.type.echo-request': 'echo-request',
  'value.l4.type.echo-reply': 'echo-reply',
  'value.l4.type.dest-unreachable': 'dest-unreachable',
  'value.l4.type.time-exceeded': 'time-exceeded',
  'value.ipc.mechanism.posix-shm': 'posix-shm',
  'value.ipc.mechanism.sysv-sem': 'sysv-sem',
  'value.changedField.eth.src': 'eth.src',
  'value.changedField.eth.dst': 'eth.dst',
  'value.changedField.ip.src': 'ip.src',
  'value.changedField.ip.dst': 'ip.dst',
  'value.changedField.ip.ttl': 'ip.ttl',
  'value.changedField.outer': 'outer',
  'value.found.array': 'array',
  'value.found.string': 'string',
  'value.found.number': 'number',
  'value.found.boolean': 'boolean',
  'value.expected.string': 'string',
  'value.expected.number': 'number',
  'value.expected.boolean': 'boolean',
  'value.expected.Array': 'Array',
  'value.expected.Object': 'Object',
} as const;
