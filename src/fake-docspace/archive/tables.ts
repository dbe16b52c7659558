// The table entries of a portal backup: `databases/{connection}/{table}`, each a document as
// .NET's DataTable.WriteXml writes it with its schema (an inline XSD, then one element per row).

/** The tables of a portal backup, in the writer's module order (about 48 at DocSpace 3.7). */
export const PORTAL_TABLES: [connection: string, tables: string[]][] = [
  [
    'core',
    [
      'tenants_quota',
      'tenants_tenants',
      'core_user',
      'core_group',
      'tenants_quotarow',
      'tenants_iprestrictions'
    ]
  ],
  ['core', ['audit_events', 'login_events', 'files_audit_reference']],
  [
    'files',
    [
      'files_file',
      'files_folder',
      'files_bunch_objects',
      'files_folder_tree',
      'files_security',
      'files_thirdparty_account',
      'files_thirdparty_id_mapping',
      'files_room_settings'
    ]
  ],
  ['files2', ['files_tag', 'files_tag_link']],
  ['webstudio', ['webstudio_settings', 'webhooks_config', 'webhooks_logs']],
  [
    'core',
    [
      'core_acl',
      'core_subscription',
      'core_subscriptionmethod',
      'core_userphoto',
      'core_usersecurity',
      'core_usergroup',
      'backup_schedule',
      'core_settings',
      'core_user_relations'
    ]
  ],
  [
    'identity',
    [
      'identity_authorizations',
      'identity_certs',
      'identity_clients',
      'identity_consents',
      'identity_scopes',
      'identity_client_scopes',
      'identity_client_allowed_origins',
      'identity_client_redirect_uris'
    ]
  ],
  [
    'ai',
    [
      'ai_providers',
      'ai_chats',
      'ai_chats_messages',
      'ai_user_chat_settings',
      'ai_mcp_servers',
      'ai_mcp_server_states',
      'ai_mcp_room_servers',
      'ai_mcp_server_settings',
      'ai_model_settings'
    ]
  ]
]

export type Row = Record<string, string | number>

export interface TableShape {
  /** Column name → XSD type (`int`, `string`, `dateTime`, `boolean`, `base64Binary`). */
  columns: Record<string, string>
  rows: Row[]
  /** Breaks the document the way a broken twin needs. */
  schema?: 'normal' | 'two-sequences' | 'none'
}

const XS = 'http://www.w3.org/2001/XMLSchema'
const MSDATA = 'urn:schemas-microsoft-com:xml-msdata'

export function tableDocument(table: string, shape: TableShape): string {
  const schema = shape.schema ?? 'normal'
  const columns = Object.entries(shape.columns)
    .map(
      ([name, type]) =>
        `                <xs:element name="${name}" type="xs:${type}" minOccurs="0" />`
    )
    .join('\n')
  const sequence = `              <xs:sequence>\n${columns}\n              </xs:sequence>`
  const rows = shape.rows
    .map(
      row =>
        `  <${table}>\n${Object.entries(row)
          .map(([name, value]) => `    <${name}>${escape(String(value))}</${name}>`)
          .join('\n')}\n  </${table}>`
    )
    .join('\n')
  const xsd = [
    `  <xs:schema id="DocumentElement" xmlns="" xmlns:xs="${XS}" xmlns:msdata="${MSDATA}">`,
    `    <xs:element name="DocumentElement" msdata:IsDataSet="true" msdata:MainDataTable="${table}" msdata:UseCurrentLocale="true">`,
    '      <xs:complexType>',
    '        <xs:choice minOccurs="0" maxOccurs="unbounded">',
    `          <xs:element name="${table}">`,
    '            <xs:complexType>',
    schema === 'two-sequences' ? `${sequence}\n${sequence}` : sequence,
    '            </xs:complexType>',
    '          </xs:element>',
    '        </xs:choice>',
    '      </xs:complexType>',
    '    </xs:element>',
    '  </xs:schema>'
  ].join('\n')
  const body = [schema === 'none' ? '' : xsd, rows].filter(Boolean).join('\n')
  return `\uFEFF<?xml version="1.0" standalone="yes"?>\n<DocumentElement>\n${body}\n</DocumentElement>`
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}
