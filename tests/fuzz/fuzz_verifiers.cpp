// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every inbound verifier's header parsing on hostile input. Input: header
// lines "Name: value" up to an empty line, then the body.
#include "signing/verifiers.h"

#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace Switchboard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf("\n\n");
    VerifyInput in;
    in.body = split < 0 ? QByteArray() : input.mid(split + 2);
    for (const QByteArray &line : (split < 0 ? input : input.left(split)).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            in.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    in.url = u"https://example.com/in/source?x=1"_s;
    in.formParams = parseFormUrlEncoded(in.body);
    const QStringList secrets{u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s, u"plain-secret"_s};
    for (const QString &scheme :
         {u"standard-webhooks"_s, u"stripe"_s, u"github"_s, u"twilio"_s, u"shopify"_s, u"x-signature"_s}) {
        if (auto verifier = createVerifier(scheme))
            (void)verifier->verify(in, secrets, 1614265330, 300);
    }
    return 0;
}
