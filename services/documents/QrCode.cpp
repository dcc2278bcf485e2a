#include "services/documents/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace mygas {

std::optional<QrMatrix> encodeQr(const QByteArray& data)
{
    // Byte mode: the payload is UTF-8, which the header of the GOST text announces.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char*>(data.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return std::nullopt;
    QrMatrix m;
    m.size = code->width;
    m.dark.reserve(m.size * m.size);
    for (int i = 0; i < m.size * m.size; ++i)
        m.dark.append((code->data[i] & 1) != 0);
    return m;
}

} // namespace mygas
