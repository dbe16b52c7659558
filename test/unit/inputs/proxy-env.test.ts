// The runner's proxy variables, read once: the variable in force per scheme, and the passwords.
import {describe, expect, it} from 'vitest'
import {readProxyVariables} from '../../../src/inputs/proxy-env.js'

describe('readProxyVariables', () => {
  it('is empty without proxy variables', () => {
    expect(readProxyVariables({PATH: '/usr/bin'})).toEqual({
      https: null,
      http: null,
      noProxy: '',
      secrets: []
    })
  })

  it('takes the lowercase name first, and reads user:password as Proxy-Authorization', () => {
    const variables = readProxyVariables({
      https_proxy: 'http://builder:p%40ss@proxy.corp:3128',
      HTTPS_PROXY: 'http://other:9',
      HTTP_PROXY: 'proxy.corp:3128'
    })
    expect(variables.https).toMatchObject({
      name: 'https_proxy',
      proxy: {
        address: 'http://proxy.corp:3128',
        authorization: `Basic ${Buffer.from('builder:p@ss').toString('base64')}`,
        variable: 'https_proxy'
      }
    })
    expect(variables.http?.proxy?.address).toBe('http://proxy.corp:3128')
  })

  it.each(['socks5://user:hunter2@proxy:1080', 'http://user:hunter2@:99999', 'http://'])(
    'keeps %j as an unusable variable rather than refusing it',
    value => {
      expect(readProxyVariables({HTTPS_PROXY: value}).https).toEqual({
        name: 'HTTPS_PROXY',
        proxy: null
      })
    }
  )

  it('gives every form of every password, in the variables not in force too', () => {
    const {secrets} = readProxyVariables({
      https_proxy: 'http://a:first%2Fpw@proxy:1',
      HTTPS_PROXY: 'http://b:second@proxy:2',
      http_proxy: 'http://c@proxy:3'
    })
    expect(secrets).toEqual([
      'first%2Fpw',
      'first/pw',
      Buffer.from('a:first/pw').toString('base64'),
      'second',
      Buffer.from('b:second').toString('base64')
    ])
  })
})
