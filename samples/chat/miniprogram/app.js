// The business server the chat talks to: samples/chat/server/start.ts prints it; a launch may
// give another one as the page's `server` query.
App({ globalData: { server: 'http://127.0.0.1:5757' } })
