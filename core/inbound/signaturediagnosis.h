// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inbound/source.h"
#include "signing/verifiers.h"

#include <QString>

namespace Switchboard {

// The most likely cause of a rejected signature and what to do about it.
struct Diagnosis
{
    // timestamp_skew, missing_header, wrong_scheme, malformed_header,
    // secret_encoding, body_altered, url_mismatch, wrong_secret, no_secret, bad_secret
    QString cause;
    QString hint;
    qint64 skewS = 0; // for timestamp_skew: positive when the timestamp is in the past
};

// Explains why a request's signature was refused, beyond "does not match": it
// re-checks the request under the usual mistakes (the secret used in another
// encoding, a body changed by a proxy, the Twilio URL with another scheme, port,
// path or query, the headers of another scheme) and names the one that makes
// the signature match. Only runs after a rejection, never to accept anything.
//
// Not thread-safe (uses its own verifiers); cheap to create per diagnosis.
class SignatureDiagnosis
{
public:
    // error: what the source's verifier said; seenUrl: the URL as this server saw it.
    static Diagnosis diagnose(const Source &source, const VerifyInput &in, const QStringList &secrets,
                              qint64 nowS, const Error &error, const QString &seenUrl);
};

} // namespace Switchboard
