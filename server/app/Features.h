#pragma once

#include "server/app/Feature.h"

#include <memory>

namespace mygas::server {

// The features of mygas-server, one a folder. Adding one: its folder with a
// class derived from Feature, a line here and a line in ServerApp::start().
std::unique_ptr<Feature> authFeature(ServerContext& context);
std::unique_ptr<Feature> directoryFeature(ServerContext& context);
std::unique_ptr<Feature> accountsFeature(ServerContext& context);
std::unique_ptr<Feature> sectionsFeature(ServerContext& context);
std::unique_ptr<Feature> readingsFeature(ServerContext& context);
std::unique_ptr<Feature> syncFeature(ServerContext& context);
std::unique_ptr<Feature> paymentsFeature(ServerContext& context);
std::unique_ptr<Feature> requestsFeature(ServerContext& context);
std::unique_ptr<Feature> applicationsFeature(ServerContext& context);
std::unique_ptr<Feature> operatorsFeature(ServerContext& context);
std::unique_ptr<Feature> filesFeature(ServerContext& context);
std::unique_ptr<Feature> notificationsFeature(ServerContext& context);
std::unique_ptr<Feature> demoFeature(ServerContext& context); // with --demo only

} // namespace mygas::server
