//! TLS policy: rustls with TLS 1.2 and 1.3, certificates verified against the system's trust
//! store, or exactly the certificate the user accepted (pinned by SHA-256).
//!
//! Direct TLS and STARTTLS use the same `TlsPolicy`. The name checked against the certificate
//! can differ from the name connected to (an onion address whose certificate is for the
//! clear-net domain).

use std::fmt;
use std::sync::{Arc, Mutex};

use otter_types::{CertFingerprint, Hostname};
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_rustls::client::TlsStream;

use crate::error::{CertProblem, CertificateDetails, TlsError};

/// Which authorities are trusted.
#[derive(Debug, Clone)]
pub struct TlsPolicy {
    roots: Arc<RootCertStore>,
    provider: Arc<CryptoProvider>,
}

impl TlsPolicy {
    /// The system's trust store (Debian's and Tails' ca-certificates).
    pub fn system() -> Result<Self, TlsError> {
        let found = rustls_native_certs::load_native_certs();
        let mut roots = RootCertStore::empty();
        let (added, _ignored) = roots.add_parsable_certificates(found.certs);
        if added == 0 {
            return Err(TlsError::NoTrustStore);
        }
        Ok(Self::with_roots(roots))
    }

    /// Only the authorities in `pem` (a test CA, or an organisation's own CA).
    pub fn from_pem_anchors(pem: &[u8]) -> Result<Self, TlsError> {
        use rustls::pki_types::pem::PemObject;
        let mut roots = RootCertStore::empty();
        for cert in CertificateDer::pem_slice_iter(pem) {
            let cert = cert.map_err(|e| TlsError::BadTrustAnchor(e.to_string()))?;
            roots
                .add(cert)
                .map_err(|e| TlsError::BadTrustAnchor(e.to_string()))?;
        }
        if roots.is_empty() {
            return Err(TlsError::BadTrustAnchor("no certificate found".into()));
        }
        Ok(Self::with_roots(roots))
    }

    fn with_roots(roots: RootCertStore) -> Self {
        Self {
            roots: Arc::new(roots),
            provider: Arc::new(rustls::crypto::ring::default_provider()),
        }
    }

    /// Runs the TLS handshake on `stream`, checking the certificate for `server_name`; if `pin`
    /// is given, exactly that certificate is accepted and any other is refused.
    pub async fn connect<S>(
        &self,
        stream: S,
        server_name: &Hostname,
        pin: Option<CertFingerprint>,
    ) -> Result<TlsStream<S>, TlsError>
    where
        S: AsyncRead + AsyncWrite + Unpin,
    {
        self.connect_as(stream, server_name, pin, None).await
    }

    /// [`TlsPolicy::connect`], presenting `identity` when the server asks for a client
    /// certificate (IRC CertFP). The server's certificate is checked exactly as without one.
    pub async fn connect_as<S>(
        &self,
        stream: S,
        server_name: &Hostname,
        pin: Option<CertFingerprint>,
        identity: Option<&ClientIdentity>,
    ) -> Result<TlsStream<S>, TlsError>
    where
        S: AsyncRead + AsyncWrite + Unpin,
    {
        let webpki = WebPkiServerVerifier::builder_with_provider(
            Arc::clone(&self.roots),
            Arc::clone(&self.provider),
        )
        .build()
        .map_err(|e| TlsError::BadTrustAnchor(e.to_string()))?;
        let verifier = Arc::new(RecordingVerifier {
            webpki,
            algorithms: self.provider.signature_verification_algorithms,
            pin,
            rejected: Mutex::new(None),
        });
        let builder = ClientConfig::builder_with_provider(Arc::clone(&self.provider))
            .with_safe_default_protocol_versions()
            .map_err(|e| TlsError::BadTrustAnchor(e.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(Arc::clone(&verifier) as Arc<dyn ServerCertVerifier>);
        let config = match identity {
            Some(identity) => builder
                .with_client_auth_cert(vec![identity.cert.clone()], identity.key.clone_key())
                .map_err(|e| TlsError::BadClientIdentity(e.to_string()))?,
            None => builder.with_no_client_auth(),
        };
        let name = ServerName::try_from(server_name.as_str().to_owned())
            .map_err(|e| TlsError::BadTrustAnchor(e.to_string()))?;
        let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
        match connector.connect(name, stream).await {
            Ok(tls) => Ok(tls),
            Err(io_error) => match verifier.take_rejection() {
                Some((problem, details)) => Err(TlsError::Untrusted {
                    problem,
                    details: Box::new(details),
                }),
                None => Err(TlsError::Handshake(io_error)),
            },
        }
    }
}

/// A TLS client certificate and its private key: how an IRC account proves itself to services
/// by certificate fingerprint (CertFP, SASL EXTERNAL).
pub struct ClientIdentity {
    cert: CertificateDer<'static>,
    key: PrivateKeyDer<'static>,
}

impl Clone for ClientIdentity {
    fn clone(&self) -> Self {
        Self {
            cert: self.cert.clone(),
            key: self.key.clone_key(),
        }
    }
}

impl fmt::Debug for ClientIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ClientIdentity({:?})", self.fingerprint())
    }
}

/// The subject of every certificate Otter makes: the same for all users, so the certificate
/// says nothing about who made it or where; only the key differs.
const CLIENT_CERT_SUBJECT: &str = "otter-chat client";

impl ClientIdentity {
    /// A new self-signed certificate with a fresh ECDSA P-256 key, as PEM (the certificate,
    /// then the PKCS #8 key) for the caller to keep, and parsed.
    pub fn generate() -> Result<(Self, String), TlsError> {
        let bad = |e: rcgen::Error| TlsError::BadClientIdentity(e.to_string());
        let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).map_err(bad)?;
        let mut params = rcgen::CertificateParams::default();
        params.distinguished_name = rcgen::DistinguishedName::new();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, CLIENT_CERT_SUBJECT);
        let cert = params.self_signed(&key).map_err(bad)?;
        let pem = format!("{}{}", cert.pem(), key.serialize_pem());
        let identity = Self::from_pem(pem.as_bytes())?;
        Ok((identity, pem))
    }

    /// Reads back what [`ClientIdentity::generate`] wrote: one certificate and one key.
    pub fn from_pem(pem: &[u8]) -> Result<Self, TlsError> {
        use rustls::pki_types::pem::PemObject;
        let bad = |e: rustls::pki_types::pem::Error| TlsError::BadClientIdentity(e.to_string());
        let cert = CertificateDer::pem_slice_iter(pem)
            .next()
            .ok_or_else(|| TlsError::BadClientIdentity("no certificate".into()))?
            .map_err(bad)?;
        let key = PrivateKeyDer::from_pem_slice(pem).map_err(bad)?;
        Ok(Self { cert, key })
    }

    /// The SHA-256 fingerprint of the certificate: what NickServ `CERT ADD` binds.
    pub fn fingerprint(&self) -> CertFingerprint {
        fingerprint_of(self.cert.as_ref())
    }
}

/// The SHA-256 fingerprint of a DER certificate.
pub fn fingerprint_of(der: &[u8]) -> CertFingerprint {
    CertFingerprint::from_sha256(Sha256::digest(der).into())
}

/// Verifies as webpki does (or by pin), and remembers why it refused a certificate so the
/// caller can show the user the certificate and the reason.
#[derive(Debug)]
struct RecordingVerifier {
    webpki: Arc<WebPkiServerVerifier>,
    algorithms: WebPkiSupportedAlgorithms,
    pin: Option<CertFingerprint>,
    rejected: Mutex<Option<(CertProblem, CertificateDetails)>>,
}

impl RecordingVerifier {
    fn record(&self, problem: CertProblem, end_entity: &CertificateDer<'_>) {
        let details = CertificateDetails::from_der(end_entity.as_ref());
        if let Ok(mut slot) = self.rejected.lock() {
            *slot = Some((problem, details));
        }
    }

    fn take_rejection(&self) -> Option<(CertProblem, CertificateDetails)> {
        self.rejected.lock().ok().and_then(|mut slot| slot.take())
    }
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Some(pin) = &self.pin {
            // A pin is the user's explicit decision about this one certificate; it replaces
            // the authority check, and any other certificate is refused loudly.
            if fingerprint_of(end_entity.as_ref()).ct_eq(pin) {
                return Ok(ServerCertVerified::assertion());
            }
            self.record(CertProblem::PinnedCertificateChanged, end_entity);
            return Err(rustls::Error::InvalidCertificate(
                CertificateError::ApplicationVerificationFailure,
            ));
        }
        self.webpki
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
            .inspect_err(|error| self.record(classify(error), end_entity))
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

fn classify(error: &rustls::Error) -> CertProblem {
    match error {
        rustls::Error::InvalidCertificate(cert_error) => match cert_error {
            CertificateError::UnknownIssuer | CertificateError::BadSignature => {
                CertProblem::UnknownIssuer
            }
            CertificateError::Expired
            | CertificateError::ExpiredContext { .. }
            | CertificateError::NotValidYet
            | CertificateError::NotValidYetContext { .. } => CertProblem::Expired,
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                CertProblem::NameMismatch
            }
            other => CertProblem::Other(format!("{other:?}")),
        },
        other => CertProblem::Other(other.to_string()),
    }
}

/// Channel-binding data for SCRAM-*-PLUS (RFC 5929, RFC 9266), taken from an established TLS
/// connection.
#[derive(Clone, PartialEq, Eq)]
pub enum ChannelBinding {
    /// `tls-exporter` (RFC 9266): 32 bytes exported with the label "EXPORTER-Channel-Binding";
    /// defined for TLS 1.3 only.
    TlsExporter([u8; 32]),
    /// `tls-server-end-point` (RFC 5929 §4): SHA-256 of the server's certificate (the hash
    /// rule of §4.1 gives SHA-256 for certificates signed with SHA-1 or SHA-256, which is all
    /// a current server presents).
    TlsServerEndPoint([u8; 32]),
}

impl fmt::Debug for ChannelBinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TlsExporter(_) => f.write_str("ChannelBinding::TlsExporter(<32 bytes>)"),
            Self::TlsServerEndPoint(_) => {
                f.write_str("ChannelBinding::TlsServerEndPoint(<32 bytes>)")
            }
        }
    }
}

/// The channel bindings this connection can offer, best first: `tls-exporter` on TLS 1.3,
/// then `tls-server-end-point`.
pub fn channel_bindings<S>(tls: &TlsStream<S>) -> Vec<ChannelBinding> {
    let (_, connection) = tls.get_ref();
    let mut bindings = Vec::new();
    if connection.protocol_version() == Some(rustls::ProtocolVersion::TLSv1_3) {
        let mut exported = [0u8; 32];
        if connection
            .export_keying_material(&mut exported, b"EXPORTER-Channel-Binding", None)
            .is_ok()
        {
            bindings.push(ChannelBinding::TlsExporter(exported));
        }
    }
    if let Some(end_entity) = connection
        .peer_certificates()
        .and_then(|chain| chain.first())
    {
        bindings.push(ChannelBinding::TlsServerEndPoint(
            Sha256::digest(end_entity.as_ref()).into(),
        ));
    }
    bindings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_identity_reads_back_with_the_same_fingerprint() -> Result<(), TlsError> {
        let (identity, pem) = ClientIdentity::generate()?;
        assert!(pem.contains("BEGIN CERTIFICATE") && pem.contains("BEGIN PRIVATE KEY"));
        let again = ClientIdentity::from_pem(pem.as_bytes())?;
        assert!(identity.fingerprint().ct_eq(&again.fingerprint()));
        let (other, _) = ClientIdentity::generate()?;
        assert!(!identity.fingerprint().ct_eq(&other.fingerprint()));
        assert!(!format!("{identity:?}").contains("PRIVATE"));
        let details = CertificateDetails::from_der(identity.cert.as_ref());
        assert_eq!(details.subject, format!("CN={CLIENT_CERT_SUBJECT}"));
        Ok(())
    }
}
