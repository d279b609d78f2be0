#pragma once

// Single DES for DKGA02 and EA07 (IEC 62055-41). OpenSSL 3 keeps DES in its legacy provider: it is
// loaded (with the default provider) into a private library context once, so that the rest of
// the process keeps OpenSSL's defaults, and DES-ECB is fetched from there.
#include <openssl/types.h>

namespace prepaydesk::sts {

// DES-ECB, or null when the legacy provider cannot be loaded. Lives until the process ends.
EVP_CIPHER *legacyDesEcb();

} // namespace prepaydesk::sts
