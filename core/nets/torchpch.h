#pragma once
// Precompiled header for targets that include LibTorch.
#include <torch/torch.h>
