/* Prints, as Rust constants, the size and field offsets of the libotr structures that
 * otter-libotr mirrors or reads, as the installed headers define them. build.rs compiles and
 * runs this program; src/ffi.rs checks its hand-written mirror against these values at
 * compile time, and reads ConnContext and Fingerprint fields only through these offsets. */
#include <stddef.h>
#include <stdio.h>
#include <libotr/proto.h>
#include <libotr/message.h>
#include <libotr/context.h>
#include <libotr/tlv.h>

#define P(name, value) printf("pub(crate) const %s: usize = %zu;\n", name, (size_t)(value))
#define OPS(NAME, field) P("OPS_" #NAME, offsetof(OtrlMessageAppOps, field))

int main(void)
{
    P("OPS_SIZE", sizeof(OtrlMessageAppOps));
    OPS(POLICY, policy);
    OPS(CREATE_PRIVKEY, create_privkey);
    OPS(IS_LOGGED_IN, is_logged_in);
    OPS(INJECT_MESSAGE, inject_message);
    OPS(UPDATE_CONTEXT_LIST, update_context_list);
    OPS(NEW_FINGERPRINT, new_fingerprint);
    OPS(WRITE_FINGERPRINTS, write_fingerprints);
    OPS(GONE_SECURE, gone_secure);
    OPS(GONE_INSECURE, gone_insecure);
    OPS(STILL_SECURE, still_secure);
    OPS(MAX_MESSAGE_SIZE, max_message_size);
    OPS(ACCOUNT_NAME, account_name);
    OPS(ACCOUNT_NAME_FREE, account_name_free);
    OPS(RECEIVED_SYMKEY, received_symkey);
    OPS(OTR_ERROR_MESSAGE, otr_error_message);
    OPS(OTR_ERROR_MESSAGE_FREE, otr_error_message_free);
    OPS(RESENT_MSG_PREFIX, resent_msg_prefix);
    OPS(RESENT_MSG_PREFIX_FREE, resent_msg_prefix_free);
    OPS(HANDLE_SMP_EVENT, handle_smp_event);
    OPS(HANDLE_MSG_EVENT, handle_msg_event);
    OPS(CREATE_INSTAG, create_instag);
    OPS(CONVERT_MSG, convert_msg);
    OPS(CONVERT_FREE, convert_free);
    OPS(TIMER_CONTROL, timer_control);

    P("CONTEXT_USERNAME", offsetof(ConnContext, username));
    P("CONTEXT_THEIR_INSTANCE", offsetof(ConnContext, their_instance));
    P("CONTEXT_MSGSTATE", offsetof(ConnContext, msgstate));
    P("CONTEXT_ACTIVE_FINGERPRINT", offsetof(ConnContext, active_fingerprint));
    P("CONTEXT_PROTOCOL_VERSION", offsetof(ConnContext, protocol_version));
    P("CONTEXT_NEXT", offsetof(ConnContext, next));
    P("CONTEXT_M_CONTEXT", offsetof(ConnContext, m_context));
    P("CONTEXT_AUTHSTATE", offsetof(ConnContext, auth.authstate));
    P("AUTHSTATE_SIZE", sizeof(OtrlAuthState));
    P("MSGSTATE_SIZE", sizeof(OtrlMessageState));
    P("INSTAG_SIZE", sizeof(otrl_instag_t));
    P("FINGERPRINT_FINGERPRINT", offsetof(Fingerprint, fingerprint));
    P("FINGERPRINT_TRUST", offsetof(Fingerprint, trust));
    P("POINTER_SIZE", sizeof(void *));
    P("UINT_SIZE", sizeof(unsigned int));
    P("GCRY_ERROR_SIZE", sizeof(gcry_error_t));
    P("SMP_EVENT_SIZE", sizeof(OtrlSMPEvent));
    P("MSG_EVENT_SIZE", sizeof(OtrlMessageEvent));
    P("FRAGMENT_POLICY_SIZE", sizeof(OtrlFragmentPolicy));
    P("ERRCODE_SIZE", sizeof(OtrlErrorCode));
    return 0;
}
