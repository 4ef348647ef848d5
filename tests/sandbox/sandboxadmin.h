// The sandbox's own HTTP API under /_sandbox/ (on every port), for tests in other processes and
// for poking at `prospector --sandbox` by hand:
//   GET  /_sandbox/state                  everything stored, counters, faults, URLs
//   POST /_sandbox/reset                  forget data, counters and faults
//   GET|POST|DELETE /_sandbox/faults[/id] list / add ({service,method,path,kind,status,times,...}) / clear
//   GET|POST /_sandbox/config {"timeScale":0.01,"hubspot":{...},"lemlist":{...},"explorium":{...}} POST
//   /_sandbox/lemlist/campaigns      {"name":"...","status":"running"} -> {"_id":"cam_..."} POST
//   /_sandbox/lemlist/activities     {"type","email","campaignId","createdAt"?,"extra"?} or
//   {"activities":[...]} POST /_sandbox/hubspot/contacts       {"properties":{...}} -> {"id":"..."}
//   (pre-existing CRM data)
#pragma once

#include "httpmessage.h"

namespace prospector::sandbox {

class SandboxServer;

class SandboxAdmin {
public:
    explicit SandboxAdmin(SandboxServer &server);

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse faults(const HttpRequest &request, const QStringList &rest);
    HttpResponse config(const HttpRequest &request);
    HttpResponse addActivities(const QJsonValue &body);

    SandboxServer &m_server;
};

} // namespace prospector::sandbox
