// prepayctl bench sts: STS credit tokens per second on one core for each algorithm path, and in
// the same run the bare primitives underneath, so that the figures to compare across machines
// are the ratios (tokens per DES block, tokens per HMAC, tokens per MISTY1 block).
//
// Method.
// - Paths. DKGA02 + EA07 and DKGA04 + EA11, each two ways:
//   * per-token key ("sts_<path>_tokens_per_s"): TokenGenerator::credit() of the sts plugin,
//     loaded by PluginManager exactly as `prepayctl sts credit` loads it. Every token derives its
//     decoder key (key checks, Luhn, DES or HMAC-SHA-256), as a one-off sale to a meter does.
//   * cached key ("sts_<path>_cached_key_tokens_per_s"): the decoder key derived once per meter
//     beforehand (through the plugin's decoderKey()), then StsTokenGenerator::creditWithKey(), as
//     a vending loop for one meter would. The plugin interface has no cached-key entry point;
//     creditWithKey is a non-virtual member of StsTokenGenerator, so it runs from the copy of
//     prepaydesk_sts_algorithms linked into prepayctl (the same library the plugin links).
//   * control ("sts_<path>_linked_tokens_per_s"): credit() on that linked-in copy, so that the
//     cached-key figures can be set against the plugin's: if plugin and linked figures agree,
//     the plugin boundary costs nothing measurable and the cached/per-token gap is the key
//     derivation.
//   Before timing, the cached and linked paths are checked to give the very tokens the plugin
//   gives for the same inputs.
// - Baselines, bare calls in this process:
//   * openssl_des_ecb_blocks_per_s: DES-ECB from OpenSSL 3's legacy provider in a private
//     library context (as the plugin loads it), one EVP_CIPHER_CTX keyed once, one 8-byte block
//     per EVP_EncryptUpdate (what `openssl speed -evp des-ecb -bytes 8` measures).
//   * openssl_des_ecb_fresh_ctx_blocks_per_s: per block a new context, init with the key, update,
//     final, free: the calls one DKGA02 derivation makes.
//   * openssl_hmac_sha256_per_s: EVP_MAC HMAC-SHA-256 fetched once, one context re-keyed per
//     MAC (20-byte key: the ipad/opad hashing counts), 49-byte message: DKGA04's sizes.
//   * openssl_hmac_sha256_oneshot_per_s: HMAC(EVP_sha256(), ...) per MAC, the call DKGA04 makes.
//   * misty1_blocks_per_s, ea07_blocks_per_s: the plugin's Misty1 and StandardTransferAlgorithm
//     classes (prepaydesk_sts_algorithms), key schedule once, one block per call.
//   * misty1_keyed_blocks_per_s, ea07_keyed_blocks_per_s: the same with a new cipher object per
//     block, keyed with the meter pool's decoder keys in turn, as a cached-key token uses them
//     (EA07's substitution branches on key bits: one fixed key flatters it).
// - Inputs are made before timing: --tokens N credit requests (distinct issue times, amounts and
//   random nibbles, so no random number is drawn while timing) over a pool of up to 1024 meters
//   (distinct PANs, so distinct decoder keys); baselines cycle through N precomputed blocks.
// - Timing: one thread. Each round runs every measurement once, interleaved (N tokens per path;
//   a fixed multiple of N operations per baseline so that rounds last comparable times), on the
//   thread's CPU clock (CLOCK_THREAD_CPUTIME_ID), so that other processes sharing the machine
//   (a CI build) do not count; the fastest of 5 rounds counts. A warm-up round comes first.
// - Every result feeds a checksum that is printed, so that no loop can be optimised away.
#include "Ctl.h"

#include "plugin/PluginManager.h"

#include "LegacyDes.h"
#include "Misty1.h"
#include "StandardTransferAlgorithm.h"
#include "Sts.h"
#include "StsTokenGenerator.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/params.h>
#include <openssl/provider.h>

#include <time.h>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace prepaydesk::ctl {

namespace {

constexpr int Rounds = 5;
constexpr qsizetype MeterPool = 1024;

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

std::uint64_t mix(std::uint64_t sum, std::uint64_t v)
{
    return (sum ^ v) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
}

// One thing measured: `batch` does `ops` operations and returns a checksum of their results.
struct Measurement
{
    QString name;
    qint64 ops = 0;
    std::function<std::uint64_t()> batch;
    qint64 bestNs = std::numeric_limits<qint64>::max();

    double perSecond() const { return double(ops) * 1e9 / double(std::max<qint64>(1, bestNs)); }
};

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

std::uint64_t load64(const unsigned char *p)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | p[i];
    return v;
}

// An 18-digit PAN: the 600727 IIN, an 11-digit account number, the Luhn check digit.
QString meterPan(qsizetype index)
{
    const QString body = QStringLiteral("600727%1").arg(qint64(10'000'000 + index * 7919), 11, 10, QChar(u'0'));
    return body + QString::number(sts::luhnCheckDigit(body));
}

} // namespace

int runStsBench(Ctl &ctl)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Measure STS credit tokens per second on one core for DKGA02 + EA07 and DKGA04 + EA11, with the "
                "decoder key derived per token and cached, and in the same run bare OpenSSL DES-ECB and "
                "HMAC-SHA-256 and the MISTY1 and EA07 block ciphers; prints each rate and the ratios."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tokens"), Ctl::tr("Tokens per path in each of the 5 rounds (default 20000)."),
                      QStringLiteral("N"), QStringLiteral("20000")});
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    bool ok = false;
    const qint64 n = parser.value(QStringLiteral("tokens")).toLongLong(&ok);
    if (!ok || n < 100 || n > 1'000'000) {
        ctl.err() << Ctl::tr("--tokens takes a whole number from 100 to 1000000.") << Qt::endl;
        return Ctl::Usage;
    }

    PluginManager plugins;
    plugins.scan();
    TokenGenerator *plugin = plugins.tokenGenerator(QStringLiteral("sts"));
    if (!plugin)
        return ctl.fail(
            Ctl::tr("The sts plugin is not available. Plugin folders: %1").arg(plugins.searchPaths().join(u", ")));
    const sts::StsTokenGenerator linked{};

    // ---- Inputs, made before any timing ------------------------------------------------------
    struct PathInputs
    {
        QString name;
        sts::Encryption ea = sts::Encryption::Ea07;
        QList<TokenKeyParams> keys;    // one per meter of the pool
        QList<QByteArray> decoderKeys; // the same meters' keys, derived through the plugin
    };
    const qsizetype meters = std::min<qsizetype>(MeterPool, n);
    QList<PathInputs> paths;
    for (const bool dkga04 : {false, true}) {
        PathInputs p;
        p.name = dkga04 ? QStringLiteral("dkga04_ea11") : QStringLiteral("dkga02_ea07");
        p.ea = dkga04 ? sts::Encryption::Ea11 : sts::Encryption::Ea07;
        for (qsizetype i = 0; i < meters; ++i) {
            TokenKeyParams k;
            k.keyAlgorithm = dkga04 ? QStringLiteral("04") : QStringLiteral("02");
            k.encryption = dkga04 ? QStringLiteral("11") : QStringLiteral("07");
            k.vendingKey = dkga04 ? QByteArray::fromHex("abababababababab949494949494949401234567")
                                  : QByteArray::fromHex("abababababababab");
            k.keyType = 2;
            k.supplyGroupCode = 123456;
            k.tariffIndex = 1;
            k.keyRevision = 1;
            k.pan = meterPan(i);
            k.baseDate = 2014;
            auto dk = plugin->decoderKey(k);
            if (!dk)
                return ctl.fail(dk.error());
            p.keys << k;
            p.decoderKeys << dk.value();
        }
        paths << p;
    }
    QList<CreditTokenRequest> requests;
    requests.reserve(n);
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    for (qint64 i = 0; i < n; ++i) {
        CreditTokenRequest r;
        r.kind = CreditKind::Electricity;
        r.amountTenths = 100 + (i * 37) % 5000; // 10.0 to 509.9 kWh
        r.issued = start.addSecs(i * 60);
        r.random = int(i % 16);
        requests << r;
    }
    // DKGA02's DES input and DKGA04's HMAC input: one block / one message per meter.
    QList<QByteArray> desBlocks;
    QList<std::uint64_t> cipherBlocks;
    for (qint64 i = 0; i < n; ++i) {
        const std::uint64_t v = std::uint64_t(i) * 0x9e3779b97f4a7c15ULL;
        QByteArray b(8, '\0');
        for (int j = 0; j < 8; ++j)
            b[j] = static_cast<char>(v >> (8 * j));
        desBlocks << b;
        cipherBlocks << v;
    }
    // The DKGA04 message, field by field with the same lengths (49 bytes): label
    // 04 | 02 "04" | 02 yy | 02 ea | 02 ti, 00, context 04 | 06 sgc | 01 kt | 01 krn | 12 pan, L.
    const auto field = [](const char *text) -> QByteArray { return char(qstrlen(text)) + QByteArray(text); };
    QList<QByteArray> hmacMessages;
    for (qsizetype i = 0; i < meters; ++i) {
        QByteArray m = '\x04' + field("04") + field("14") + field("11") + field("01");
        m += '\x00';
        m += '\x04' + field("123456") + field("2") + field("1") + field(qPrintable(paths[1].keys[i].pan));
        m += QByteArray("\x00\x00\x00\x80", 4);
        hmacMessages << m;
    }
    const qsizetype hmacInputBytes = hmacMessages.first().size();
    const QByteArray desKey = paths[0].keys.first().vendingKey;
    const QByteArray hmacKey = paths[1].keys.first().vendingKey;

    // The cached-key and linked paths must give the plugin's tokens.
    for (const PathInputs &p : std::as_const(paths)) {
        for (qint64 i = 0; i < std::min<qint64>(n, 64); ++i) {
            const qsizetype m = qsizetype(i % meters);
            auto a = plugin->credit(p.keys[m], requests[i]);
            auto b = linked.credit(p.keys[m], requests[i]);
            auto c = linked.creditWithKey(p.decoderKeys[m], p.ea, p.keys[m].baseDate, requests[i]);
            if (!a)
                return ctl.fail(a.error());
            if (!b || !c || a->digits != b->digits || a->digits != c->digits)
                return ctl.fail(Ctl::tr("The %1 paths disagree: the plugin, the linked copy and the cached key do "
                                        "not give the same token.")
                                    .arg(p.name));
        }
    }

    EVP_CIPHER *des = sts::legacyDesEcb();
    if (!des)
        return ctl.fail(Ctl::tr("DES-ECB is not available: OpenSSL's legacy provider could not be loaded."));
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> desCtx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    if (!desCtx || EVP_EncryptInit_ex2(desCtx.get(), des, bytes(desKey), nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_set_padding(desCtx.get(), 0) != 1)
        return ctl.fail(Ctl::tr("DES-ECB could not be set up in OpenSSL."));
    EVP_MAC *hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> macCtx(hmac ? EVP_MAC_CTX_new(hmac) : nullptr,
                                                                     EVP_MAC_CTX_free);
    EVP_MAC_free(hmac); // the context keeps its own reference
    char sha256[] = "SHA256";
    const OSSL_PARAM digest[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, sha256, 0),
                                 OSSL_PARAM_construct_end()};
    if (!macCtx || EVP_MAC_CTX_set_params(macCtx.get(), digest) != 1)
        return ctl.fail(Ctl::tr("HMAC-SHA-256 could not be set up in OpenSSL."));

    // ---- The measurements ----------------------------------------------------------------------
    std::optional<Error> failure;
    const auto tokenBatch = [&](const PathInputs &p, int how) {
        return [&p, how, n, meters, &requests, &linked, plugin, &failure]() {
            std::uint64_t sum = 0;
            for (qint64 i = 0; i < n; ++i) {
                const qsizetype m = qsizetype(i % meters);
                auto t = how == 0   ? plugin->credit(p.keys[m], requests[i])
                         : how == 1 ? linked.creditWithKey(p.decoderKeys[m], p.ea, p.keys[m].baseDate, requests[i])
                                    : linked.credit(p.keys[m], requests[i]);
                if (!t) {
                    failure = t.error();
                    return sum;
                }
                sum = mix(sum, qHash(t->digits));
            }
            return sum;
        };
    };
    QList<Measurement> ms;
    // Baseline operations per round as a multiple of N, so that each lasts roughly as a path.
    ms << Measurement{QStringLiteral("openssl_des_ecb_blocks_per_s"), n * 16, [&]() {
                          std::uint64_t sum = 0;
                          unsigned char out[16];
                          for (qint64 r = 0; r < 16; ++r) {
                              for (qint64 i = 0; i < n; ++i) {
                                  int len = 0;
                                  EVP_EncryptUpdate(desCtx.get(), out, &len, bytes(desBlocks[i]), 8);
                                  sum = mix(sum, load64(out) + std::uint64_t(len));
                              }
                          }
                          return sum;
                      }};
    ms << Measurement{QStringLiteral("openssl_des_ecb_fresh_ctx_blocks_per_s"), n * 2, [&]() {
                          std::uint64_t sum = 0;
                          unsigned char out[16];
                          for (qint64 r = 0; r < 2; ++r) {
                              for (qint64 i = 0; i < n; ++i) {
                                  EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
                                  int len = 0, tail = 0;
                                  if (!c || EVP_EncryptInit_ex2(c, des, bytes(desKey), nullptr, nullptr) != 1 ||
                                      EVP_CIPHER_CTX_set_padding(c, 0) != 1 ||
                                      EVP_EncryptUpdate(c, out, &len, bytes(desBlocks[i]), 8) != 1 ||
                                      EVP_EncryptFinal_ex(c, out + len, &tail) != 1)
                                      failure = Error::make(Error::Code::Io, Ctl::tr("DES-ECB failed in OpenSSL."));
                                  EVP_CIPHER_CTX_free(c);
                                  sum = mix(sum, load64(out) + std::uint64_t(len + tail));
                              }
                          }
                          return sum;
                      }};
    ms << Measurement{
        QStringLiteral("openssl_hmac_sha256_per_s"), n * 2, [&]() {
            std::uint64_t sum = 0;
            unsigned char mac[EVP_MAX_MD_SIZE];
            for (qint64 r = 0; r < 2; ++r) {
                for (qint64 i = 0; i < n; ++i) {
                    const QByteArray &msg = hmacMessages[qsizetype(i % meters)];
                    std::size_t len = 0;
                    if (EVP_MAC_init(macCtx.get(), bytes(hmacKey), std::size_t(hmacKey.size()), nullptr) != 1 ||
                        EVP_MAC_update(macCtx.get(), bytes(msg), std::size_t(msg.size())) != 1 ||
                        EVP_MAC_final(macCtx.get(), mac, &len, sizeof mac) != 1 || len != 32)
                        failure = Error::make(Error::Code::Io, Ctl::tr("HMAC-SHA-256 failed in OpenSSL."));
                    sum = mix(sum, load64(mac));
                }
            }
            return sum;
        }};
    ms << Measurement{QStringLiteral("openssl_hmac_sha256_oneshot_per_s"), n * 2, [&]() {
                          std::uint64_t sum = 0;
                          unsigned char mac[EVP_MAX_MD_SIZE];
                          for (qint64 r = 0; r < 2; ++r) {
                              for (qint64 i = 0; i < n; ++i) {
                                  const QByteArray &msg = hmacMessages[qsizetype(i % meters)];
                                  unsigned int len = 0;
                                  if (!HMAC(EVP_sha256(), hmacKey.constData(), int(hmacKey.size()), bytes(msg),
                                            std::size_t(msg.size()), mac, &len) ||
                                      len != 32)
                                      failure =
                                          Error::make(Error::Code::Io, Ctl::tr("HMAC-SHA-256 failed in OpenSSL."));
                                  sum = mix(sum, load64(mac));
                              }
                          }
                          return sum;
                      }};
    std::array<std::uint8_t, 16> mistyKey{};
    std::copy(paths[1].decoderKeys.first().cbegin(), paths[1].decoderKeys.first().cend(), mistyKey.begin());
    const sts::Misty1 misty1(mistyKey);
    ms << Measurement{QStringLiteral("misty1_blocks_per_s"), n * 16, [&]() {
                          std::uint64_t sum = 0;
                          for (qint64 r = 0; r < 16; ++r) {
                              for (qint64 i = 0; i < n; ++i)
                                  sum = mix(sum, misty1.encrypt(cipherBlocks[i]));
                          }
                          return sum;
                      }};
    const sts::StandardTransferAlgorithm ea07(load64(bytes(paths[0].decoderKeys.first())));
    ms << Measurement{QStringLiteral("ea07_blocks_per_s"), n * 16, [&]() {
                          std::uint64_t sum = 0;
                          for (qint64 r = 0; r < 16; ++r) {
                              for (qint64 i = 0; i < n; ++i)
                                  sum = mix(sum, ea07.encrypt(cipherBlocks[i]));
                          }
                          return sum;
                      }};
    // The same ciphers keyed per block with the pool's decoder keys in turn, as cached-key tokens
    // use them: the key schedule counts, and so do key-dependent branches that one fixed key
    // would let the branch predictor learn.
    QList<std::array<std::uint8_t, 16>> mistyKeys;
    QList<std::uint64_t> ea07Keys;
    for (qsizetype i = 0; i < meters; ++i) {
        std::array<std::uint8_t, 16> k{};
        std::copy(paths[1].decoderKeys[i].cbegin(), paths[1].decoderKeys[i].cend(), k.begin());
        mistyKeys << k;
        std::uint64_t v = 0; // EA07 takes the printed key's first byte lowest
        for (int j = 7; j >= 0; --j)
            v = (v << 8) | static_cast<std::uint8_t>(paths[0].decoderKeys[i][j]);
        ea07Keys << v;
    }
    ms << Measurement{QStringLiteral("misty1_keyed_blocks_per_s"), n * 4, [&]() {
                          std::uint64_t sum = 0;
                          for (qint64 r = 0; r < 4; ++r) {
                              for (qint64 i = 0; i < n; ++i)
                                  sum =
                                      mix(sum, sts::Misty1(mistyKeys[qsizetype(i % meters)]).encrypt(cipherBlocks[i]));
                          }
                          return sum;
                      }};
    ms << Measurement{
        QStringLiteral("ea07_keyed_blocks_per_s"), n * 4, [&]() {
            std::uint64_t sum = 0;
            for (qint64 r = 0; r < 4; ++r) {
                for (qint64 i = 0; i < n; ++i)
                    sum = mix(sum,
                              sts::StandardTransferAlgorithm(ea07Keys[qsizetype(i % meters)]).encrypt(cipherBlocks[i]));
            }
            return sum;
        }};
    for (const PathInputs &p : std::as_const(paths)) {
        ms << Measurement{QStringLiteral("sts_%1_tokens_per_s").arg(p.name), n, tokenBatch(p, 0)};
        ms << Measurement{QStringLiteral("sts_%1_cached_key_tokens_per_s").arg(p.name), n, tokenBatch(p, 1)};
        ms << Measurement{QStringLiteral("sts_%1_linked_tokens_per_s").arg(p.name), n, tokenBatch(p, 2)};
    }

    // Warm-up (providers, tables, caches), then interleaved rounds; the fastest of each counts.
    std::uint64_t checksum = 0;
    for (Measurement &m : ms)
        checksum = mix(checksum, m.batch());
    for (int round = 0; round < Rounds && !failure; ++round) {
        for (Measurement &m : ms) {
            const qint64 t0 = threadCpuNs();
            checksum = mix(checksum, m.batch());
            m.bestNs = std::min(m.bestNs, std::max<qint64>(1, threadCpuNs() - t0));
        }
    }
    if (failure)
        return ctl.fail(*failure);

    QHash<QString, double> rate;
    for (const Measurement &m : std::as_const(ms))
        rate.insert(m.name, m.perSecond());
    QTextStream &out = ctl.out();
    out << "tokens=" << n << " meters=" << meters << " rounds=" << Rounds
        << " (fastest counts) threads=1 clock=thread-cpu\n";
    out << "openssl=" << QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)) << '\n';
    out << "hmac_input_bytes=" << hmacInputBytes << " hmac_key_bytes=" << hmacKey.size() << '\n';
    for (const Measurement &m : std::as_const(ms))
        out << m.name << '=' << QString::number(m.perSecond(), 'f', 0) << '\n';
    const auto ratio = [&](const char *name, const QString &tokens, const QString &baseline) {
        out << name << '=' << QString::number(rate.value(tokens) / rate.value(baseline), 'f', 4) << '\n';
    };
    // Tokens per baseline operation: 1.0 would mean a token costs exactly one bare operation.
    ratio("ratio_dkga02_to_des", u"sts_dkga02_ea07_tokens_per_s"_qs, u"openssl_des_ecb_blocks_per_s"_qs);
    ratio("ratio_dkga02_to_des_fresh_ctx", u"sts_dkga02_ea07_tokens_per_s"_qs,
          u"openssl_des_ecb_fresh_ctx_blocks_per_s"_qs);
    ratio("ratio_dkga02_cached_key_to_ea07", u"sts_dkga02_ea07_cached_key_tokens_per_s"_qs, u"ea07_blocks_per_s"_qs);
    ratio("ratio_dkga04_to_hmac", u"sts_dkga04_ea11_tokens_per_s"_qs, u"openssl_hmac_sha256_per_s"_qs);
    ratio("ratio_dkga04_to_hmac_oneshot", u"sts_dkga04_ea11_tokens_per_s"_qs, u"openssl_hmac_sha256_oneshot_per_s"_qs);
    ratio("ratio_dkga04_cached_key_to_misty1", u"sts_dkga04_ea11_cached_key_tokens_per_s"_qs,
          u"misty1_blocks_per_s"_qs);
    ratio("ratio_dkga02_cached_key_to_ea07_keyed", u"sts_dkga02_ea07_cached_key_tokens_per_s"_qs,
          u"ea07_keyed_blocks_per_s"_qs);
    ratio("ratio_dkga04_cached_key_to_misty1_keyed", u"sts_dkga04_ea11_cached_key_tokens_per_s"_qs,
          u"misty1_keyed_blocks_per_s"_qs);
    // What caching the decoder key gains, and whether the plugin boundary costs anything.
    ratio("ratio_dkga02_cached_key_to_per_token", u"sts_dkga02_ea07_cached_key_tokens_per_s"_qs,
          u"sts_dkga02_ea07_tokens_per_s"_qs);
    ratio("ratio_dkga04_cached_key_to_per_token", u"sts_dkga04_ea11_cached_key_tokens_per_s"_qs,
          u"sts_dkga04_ea11_tokens_per_s"_qs);
    ratio("ratio_dkga02_plugin_to_linked", u"sts_dkga02_ea07_tokens_per_s"_qs,
          u"sts_dkga02_ea07_linked_tokens_per_s"_qs);
    ratio("ratio_dkga04_plugin_to_linked", u"sts_dkga04_ea11_tokens_per_s"_qs,
          u"sts_dkga04_ea11_linked_tokens_per_s"_qs);
    out << "checksum=" << QString::number(checksum, 16) << Qt::endl;
    return Ctl::Ok;
}

} // namespace prepaydesk::ctl
