// librrsis-engine.so: the studio's model engine as a module (ui/engineloader.h loads it). It
// exports this one function (enginemodule.map); everything else in it is local, so its copies
// of the project's libraries never bind to the studio's.
#include "nativemodelengine.h"

extern "C" __attribute__((visibility("default"))) rrsis::ui::ModelEngine* rrsis_create_model_engine(
    int interfaceVersion) {
  if (interfaceVersion != rrsis::ui::kModelEngineInterfaceVersion) return nullptr;
  return new rrsis::ui::NativeModelEngine;
}
