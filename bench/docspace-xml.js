// The XML of a DocSpace backup as the benchmarks write it: a table document (an inline XSD, then
// rows, as DataTable.WriteXml writes it) and a storage/restore_info line.
const XS = 'http://www.w3.org/2001/XMLSchema'

/** Everything before a table's rows. */
export function tableHead(name) {
  const schema = `<xs:schema id="DocumentElement" xmlns="" xmlns:xs="${XS}"><xs:element name="${name}"><xs:complexType><xs:sequence><xs:element name="id" type="xs:int"/><xs:element name="tenant_id" type="xs:int"/><xs:element name="alias" type="xs:string"/></xs:sequence></xs:complexType></xs:element></xs:schema>`
  return `<?xml version="1.0" standalone="yes"?>\n<DocumentElement>${schema}`
}

export const TABLE_TAIL = '</DocumentElement>'

export function row(name, id) {
  return `<${name}><id>${id}</id><tenant_id>1</tenant_id><alias>myportal</alias></${name}>`
}

export function table(name, rows) {
  return `${tableHead(name)}${Array.from({length: rows}, (_, i) => row(name, i + 1)).join('')}${TABLE_TAIL}`
}

/** One stored file in storage/restore_info. */
export function listedFile(relative) {
  return `<file><domain></domain><module>files</module><path>${relative}</path><tenant>1</tenant></file>`
}
