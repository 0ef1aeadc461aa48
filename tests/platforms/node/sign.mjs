// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Signs requests exactly as the platforms do, with the vendors' own libraries:
// retell-sdk (Retell.sign), livekit-server-sdk (AccessToken, the token LiveKit
// puts in Authorization; WebhookReceiver to check a body the way LiveKit's
// receivers do) and twilio (getExpectedTwilioSignature). Tokens outside their
// validity window are made with jose, the JWT library livekit-server-sdk uses.
// Usage: node sign.mjs '<JSON array of jobs>'; prints a JSON object {"results": [...]}.
import Retell from 'retell-sdk';
import { AccessToken, WebhookReceiver } from 'livekit-server-sdk';
import twilio from 'twilio';
import { SignJWT } from 'jose';
import { createHash } from 'node:crypto';

const jobs = JSON.parse(process.argv[2]);
const results = [];
for (const job of jobs) {
    switch (job.kind) {
    case 'retell':
        results.push(await Retell.sign(job.body, job.key));
        break;
    case 'retell-verify':
        results.push(await Retell.verify(job.body, job.key, job.signature));
        break;
    case 'livekit': {
        const sha256 = createHash('sha256').update(job.body).digest('base64');
        if (job.expOffsetS !== undefined || job.nbfOffsetS !== undefined) {
            const now = Math.floor(Date.now() / 1000);
            const jwt = new SignJWT({ sha256, video: {} })
                .setProtectedHeader({ alg: 'HS256' })
                .setIssuer(job.key)
                .setExpirationTime(now + (job.expOffsetS ?? 300))
                .setNotBefore(now + (job.nbfOffsetS ?? 0));
            results.push(await jwt.sign(new TextEncoder().encode(job.secret)));
        } else {
            const at = new AccessToken(job.key, job.secret, { ttl: '5m' });
            at.sha256 = sha256;
            results.push(await at.toJwt());
        }
        break;
    }
    case 'livekit-receive': {
        const receiver = new WebhookReceiver(job.key, job.secret);
        const event = await receiver.receive(job.body, job.token);
        results.push(event.event);
        break;
    }
    case 'twilio':
        results.push(twilio.getExpectedTwilioSignature(job.token, job.url, job.params));
        break;
    default:
        throw new Error(`unknown job ${job.kind}`);
    }
}
console.log(JSON.stringify({ results }));
