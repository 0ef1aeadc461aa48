// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/routemodule.h"

#include <QJsonObject>

namespace Switchboard {

class InboundProcessor;
class Source;

// The operator's side of inbound webhooks, behind the bearer token:
// /v1/sources (configuration and secrets) and /v1/inbound (the log, and
// resubmitting a rejected request). Lives in the API thread.
class SourcesModule final : public RouteModule
{
public:
    explicit SourcesModule(std::shared_ptr<InboundProcessor> processor);

    bool handle(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                const std::shared_ptr<HttpReply> &reply) override;

private:
    void routeSources(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                      const std::shared_ptr<HttpReply> &reply);
    void routeInbound(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                      const std::shared_ptr<HttpReply> &reply);
    void putSource(const ApiContext &context, const QString &name, const QHttpServerRequest &request,
                   HttpReply &reply);
    void putSecret(const ApiContext &context, const Source &source, const QHttpServerRequest &request,
                   HttpReply &reply, bool rotate);
    void resubmit(const ApiContext &context, const QString &id, const QHttpServerRequest &request,
                  const std::shared_ptr<HttpReply> &reply);
    QJsonObject sourceJson(const ApiContext &context, const Source &source);

    std::shared_ptr<InboundProcessor> m_processor;
};

} // namespace Switchboard
