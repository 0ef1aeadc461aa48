// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives Switchboard's /mcp endpoint with the official TypeScript MCP client
// (StreamableHTTPClientTransport), as LiveKit Agents, Pipecat or an IDE would.
// Usage: node mcp_client.mjs <base url> <bearer token> <tool> <good args JSON> <bad args JSON>
// Prints one JSON object with what the server answered; exits 1 on a protocol failure.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const [base, token, tool, goodArgs, badArgs] = process.argv.slice(2);
const out = {};
try {
    const transport = new StreamableHTTPClientTransport(new URL('/mcp', base), {
        requestInit: { headers: { Authorization: `Bearer ${token}` } },
    });
    const client = new Client({ name: 'switchboard-tests', version: '1.0.0' });
    await client.connect(transport);
    out.sessionId = transport.sessionId ?? null;
    out.protocolVersion = transport.protocolVersion ?? null;
    out.serverInfo = client.getServerVersion();
    out.capabilities = client.getServerCapabilities();
    await client.ping();
    out.ping = true;
    const tools = await client.listTools();
    out.tools = tools.tools;
    out.good = await client.callTool({ name: tool, arguments: JSON.parse(goodArgs), _meta: { call_id: 'mcp_call_1' } });
    out.bad = await client.callTool({ name: tool, arguments: JSON.parse(badArgs) });
    try {
        await client.callTool({ name: 'no_such_tool', arguments: {} });
        out.unknown = 'no error';
    } catch (e) {
        out.unknown = { code: e.code, message: e.message };
    }
    await transport.terminateSession();
    out.terminated = transport.sessionId === undefined;
    await client.close();
    console.log(JSON.stringify(out));
} catch (e) {
    out.failure = String(e && e.stack ? e.stack : e);
    console.log(JSON.stringify(out));
    process.exit(1);
}
