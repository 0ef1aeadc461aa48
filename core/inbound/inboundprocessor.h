// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inbound/inboundstore.h"
#include "inbound/source.h"
#include "model/delivery.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

namespace Switchboard {

struct ApiContext;
class InboundVerifier;

// One request to POST /in/{source}, exactly as received.
struct InboundRequest
{
    QString method;
    QString url; // as this server saw it
    HeaderList headers;
    QByteArray body; // the raw bytes: signatures cover these, never a re-encoding
    QHostAddress peer;
    // The time checks are made against: now for a live request, the original
    // arrival for a resubmission (so its timestamp is judged as it was then).
    QDateTime receivedAt;
    // >= 0: the body was not read, because the server's size gate found it over the
    // source's limit from the request's head; this is its declared size (with
    // unreadChunked, how much arrived before it was refused).
    qint64 unreadBodySize = -1;
    bool unreadChunked = false;

    qint64 bodySize() const { return unreadBodySize >= 0 ? unreadBodySize : body.size(); }
};

// "body is 3,145,728 bytes; source limit max_body_bytes is 1,048,576", for the
// too_large verdicts of sources (what) and platform connections.
QString tooLargeReason(qint64 size, bool atLeast, qint64 limit, const QString &what);

// How an operator's resubmission of a rejected request is processed.
struct ResubmitOptions
{
    QString originalId; // empty: a live request
    // Skip the address and signature checks: the operator vouches for the request.
    bool force = false;
};

// The inbound pipeline: allowlist -> size -> signature and timestamp (the
// verifiers, constant-time, over the raw bytes) -> media type -> JSON -> duplicate
// check on the sender's delivery id -> JSON Schema -> sanity rules -> forward as
// an outbound message through Engine::enqueue. Every request ends as one
// InboundEvent in the inbound log with its verdict and an actionable reason; the
// answer is handed over only after the log entry (and, for an accepted event,
// the forwarded message) is committed, so a 2xx always means "stored".
//
// Caches sources (briefly) and their secrets, and keeps one verifier per
// scheme. Lives in the API thread and must be used from it only.
class InboundProcessor
{
public:
    using Callback = std::function<void(const InboundEvent &)>;

    InboundProcessor();
    ~InboundProcessor();

    // The source, from a short-lived cache (a PUT or DELETE through this API
    // invalidates it at once).
    Result<std::optional<Source>> source(const ApiContext &context, const QString &name);
    void invalidate(const QString &name);

    // Runs the pipeline and calls done with the logged event, in this thread,
    // possibly later (after the engine's group commit).
    void process(const ApiContext &context, const Source &source, const InboundRequest &request,
                 const ResubmitOptions &options, Callback done);

    // Masks signatures and tokens in headers for the log ("v1,***", "sha256=***").
    static HeaderList maskedHeaders(const HeaderList &headers, const QByteArray &tokenHeader);

private:
    struct CachedSource;
    struct CachedSecrets;

    Result<QStringList> secrets(const ApiContext &context, const Source &source);
    InboundVerifier *verifier(const Source &source);
    void finish(const ApiContext &context, InboundEvent event, const QStringList &keys, const Source &source,
                const Callback &done);
    void pruneNow(const ApiContext &context);

    QObject m_context; // receives the engine's callbacks in this thread
    QHash<QString, std::shared_ptr<CachedSource>> m_sources;
    QHash<QString, std::shared_ptr<CachedSecrets>> m_secrets;
    QHash<QString, std::shared_ptr<InboundVerifier>> m_verifiers;
    QDateTime m_lastPrune;
};

} // namespace Switchboard
