// What a phone does against the simulated platform, without a mini program: get a login code and
// the signed user data for a user (the same endpoints the host's wx.login uses).

export async function phoneLogin(platformUrl: string, appid: string, user: string) {
  const post = async (path: string) => {
    const res = await fetch(platformUrl + path, {
      method: 'POST',
      body: JSON.stringify({ appid, user }),
    })
    return (await res.json()) as Record<string, string>
  }
  const { code } = await post('/mpsim/login')
  const info = await post('/mpsim/user_info')
  return {
    code: code!,
    rawData: info.rawData!,
    signature: info.signature!,
    encryptedData: info.encryptedData!,
    iv: info.iv!,
  }
}

export async function call(url: string, options: { body?: unknown; skey?: string } = {}) {
  const res = await fetch(url, {
    method: options.body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.skey ? { 'x-wx-skey': options.skey } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}
