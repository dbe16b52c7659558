// The rows of each portal table in a built backup: the tenant, its files and its admin.
import type {Row, TableShape} from './tables.js'

export function tableShape(
  table: string,
  alias: string,
  tenantId: number,
  files: number
): TableShape {
  if (table === 'tenants_tenants')
    return {
      columns: {id: 'int', alias: 'string', name: 'string', status: 'int'},
      rows: [{id: tenantId, alias, name: 'My portal', status: 0}]
    }
  if (table === 'files_file') {
    const rows: Row[] = []
    for (let id = 1; id <= Math.min(files, 1000); id++)
      rows.push({id, version: 1, tenant_id: tenantId, title: `file ${id}`, content_length: 5})
    return {
      columns: {
        id: 'int',
        version: 'int',
        tenant_id: 'int',
        title: 'string',
        content_length: 'long'
      },
      rows
    }
  }
  if (table === 'core_user')
    return {
      columns: {id: 'string', tenant: 'int', username: 'string', email: 'string'},
      rows: [
        {
          id: '66faa6e4-f133-11ea-b126-00ffeec8b4ef',
          tenant: tenantId,
          username: 'admin',
          email: 'admin@example.com'
        }
      ]
    }
  return {
    columns: {id: 'int', tenant_id: 'int', data: 'string'},
    rows: table.endsWith('_logs') ? [] : [{id: 1, tenant_id: tenantId, data: `${table} row`}]
  }
}
