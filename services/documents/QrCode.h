#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace mygas {

// A QR code symbol (libqrencode, error correction level M, byte mode): size ×
// size modules, dark where true. Drawn by the receipt as vector squares, so
// that it stays sharp on paper at any printer resolution.
struct QrMatrix
{
    int size = 0;
    QList<bool> dark; // row by row
    bool at(int x, int y) const { return dark.at(y * size + x); }
};

// nullopt when the data does not fit into a QR code.
std::optional<QrMatrix> encodeQr(const QByteArray& data);

} // namespace mygas
