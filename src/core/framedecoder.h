#pragma once

#include "frame.h"
#include "framefield.h"
#include "parseresult.h"

#include <QByteArrayView>
#include <QList>

namespace NetSteps::FrameCodec {

// Decodes the bytes of one Ethernet frame layer by layer; when `fields` is given, also lists
// every field with its value, meaning and byte range. Internal to src/core: use
// FrameCodec::decode and FrameCodec::describe.
Parsed<Frame> decodeFrame(QByteArrayView bytes, QList<FrameField> *fields);

} // namespace NetSteps::FrameCodec
