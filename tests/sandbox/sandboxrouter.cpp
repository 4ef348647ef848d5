#include "sandboxrouter.h"

#include "faultinjector.h"
#include "sandboxadmin.h"
#include "servicesimulator.h"

#include <QDateTime>
#include <QLocale>

namespace prospector::sandbox {

SandboxRouter::SandboxRouter(FaultInjector &faults, SandboxAdmin &admin)
    : m_faults(faults)
    , m_admin(admin) {}

void SandboxRouter::addService(ServiceSimulator *simulator) {
    m_services.insert(simulator->name(), simulator);
}

Reply SandboxRouter::route(const QString &serviceName, const HttpRequest &request) {
    Reply reply;
    // The admin API is reachable on every listener and is neither counted, limited nor faulted.
    if (request.path == QLatin1String("/_sandbox") || request.path.startsWith(QLatin1String("/_sandbox/"))) {
        reply.response = m_admin.handle(request);
        return reply;
    }
    ServiceSimulator *simulator = m_services.value(serviceName);
    if (!simulator) {
        reply.response = HttpResponse::text(404, "No such service");
        return reply;
    }
    RequestCounters &counters = simulator->counters();
    ++counters.requests;
    ++counters.byRoute[routeKey(request)];

    const auto fault = m_faults.take(serviceName, QString::fromLatin1(request.method), request.path);
    if (fault) {
        ++counters.faults;
        const FaultRule &rule = *fault;
        switch (rule.kind) {
        case FaultKind::Status:
            if (rule.applyRequest)
                simulator->handle(request);
            reply.response = simulator->errorResponse(rule.status);
            break;
        case FaultKind::RateLimit:
            reply.response = simulator->rateLimitedResponse(request);
            break;
        case FaultKind::Hang:
        case FaultKind::Reset:
            if (rule.applyRequest)
                simulator->handle(request);
            reply.mode = rule.kind == FaultKind::Hang ? Reply::Mode::Hang : Reply::Mode::Reset;
            return reply; // nothing reaches the client, so no status is counted
        case FaultKind::Delay:
            reply.response = simulator->handle(request);
            reply.delayMs = rule.delayMs;
            break;
        case FaultKind::Truncate:
            reply.response = simulator->handle(request);
            reply.mode = Reply::Mode::Truncate;
            if (reply.response.body.size() < 2)
                reply.response.body = QByteArrayLiteral("{\"status\":\"COMPLETE\",\"results\":[]}");
            break;
        case FaultKind::HtmlBadGateway:
            if (rule.applyRequest)
                simulator->handle(request);
            reply.response = htmlBadGateway();
            break;
        case FaultKind::MalformedJson:
            if (rule.applyRequest)
                simulator->handle(request);
            reply.response = HttpResponse::json(200, {});
            reply.response.body = QByteArrayLiteral("{\"status\":\"COMPLETE\",\"results\":[{\"id\":");
            break;
        }
        if (rule.retryAfter >= 0 && (rule.kind == FaultKind::Status || rule.kind == FaultKind::RateLimit))
            reply.response.setHeader("Retry-After",
                                     retryAfterValue(rule.retryAfter, rule.retryAfterHttpDate));
    } else {
        reply.response = simulator->handle(request);
    }
    ++counters.byStatus[reply.response.status];
    if (reply.response.status == 429)
        ++counters.rateLimited;
    return reply;
}

QByteArray retryAfterValue(int seconds, bool httpDate) {
    if (!httpDate)
        return QByteArray::number(seconds);
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(seconds);
    return QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

HttpResponse htmlBadGateway() {
    HttpResponse response;
    response.status = 502;
    response.setHeader("Content-Type", "text/html");
    response.body = QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                                      "<center><h1>502 Bad Gateway</h1></center>\r\n"
                                      "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
    return response;
}

} // namespace prospector::sandbox
