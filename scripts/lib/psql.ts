/** Runs one SQL statement on a PostgreSQL server's database (`postgres` unless named). */
export async function psql(server: string, sql: string, db = 'postgres') {
  const { default: pg } = await import('pg')
  const url = new URL(server)
  url.pathname = `/${db}`
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
