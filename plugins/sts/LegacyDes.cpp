#include "LegacyDes.h"

#include <openssl/evp.h>
#include <openssl/provider.h>

namespace prepaydesk::sts {

namespace {

class DesProvider
{
public:
    DesProvider()
    {
        m_ctx = OSSL_LIB_CTX_new();
        if (!m_ctx)
            return;
        m_default = OSSL_PROVIDER_load(m_ctx, "default");
        m_legacy = OSSL_PROVIDER_load(m_ctx, "legacy");
        if (m_legacy)
            m_cipher = EVP_CIPHER_fetch(m_ctx, "DES-ECB", nullptr);
    }
    ~DesProvider()
    {
        EVP_CIPHER_free(m_cipher);
        if (m_legacy)
            OSSL_PROVIDER_unload(m_legacy);
        if (m_default)
            OSSL_PROVIDER_unload(m_default);
        OSSL_LIB_CTX_free(m_ctx);
    }
    DesProvider(const DesProvider &) = delete;
    DesProvider &operator=(const DesProvider &) = delete;

    EVP_CIPHER *cipher() const { return m_cipher; }

private:
    OSSL_LIB_CTX *m_ctx = nullptr;
    OSSL_PROVIDER *m_default = nullptr;
    OSSL_PROVIDER *m_legacy = nullptr;
    EVP_CIPHER *m_cipher = nullptr;
};

} // namespace

EVP_CIPHER *legacyDesEcb()
{
    static const DesProvider provider;
    return provider.cipher();
}

} // namespace prepaydesk::sts
