/* The baseline for Otter's OTR benchmark: the same work as crates/otter-libotr/benches/otr.rs
 * (an AKE between two in-memory parties; encrypting and decrypting a 100-byte message),
 * done by calling Debian's libotr directly with nothing around it.
 *
 * Usage: direct_bench AKE_ROUNDS MESSAGE_ROUNDS
 * Prints one line: {"ake_ns": [...], "message_ns": [...]} with every round's time, so the
 * caller computes the same statistics for both; fails unless every message came back. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gcrypt.h>
#include <libotr/proto.h>
#include <libotr/message.h>
#include <libotr/privkey.h>
#include <libotr/instag.h>
#include <libotr/userstate.h>

#define PROTOCOL "xmpp"
#define QUEUE_LEN 64

/* The text the message rounds send, and how many times the other side read it back. */
static char text[101];
static int decrypted;

struct party {
    const char *name;
    OtrlUserState us;
    struct party *other;
    /* What libotr injected for the other party, in order. */
    char *queue[QUEUE_LEN];
    int queued;
};

static OtrlPolicy policy(void *opdata, ConnContext *context) {
    (void)opdata;
    (void)context;
    return OTRL_POLICY_ALLOW_V2 | OTRL_POLICY_ALLOW_V3 | OTRL_POLICY_SEND_WHITESPACE_TAG |
           OTRL_POLICY_WHITESPACE_START_AKE | OTRL_POLICY_ERROR_START_AKE;
}

static int is_logged_in(void *opdata, const char *a, const char *p, const char *r) {
    (void)opdata; (void)a; (void)p; (void)r;
    return 1;
}

static void inject(void *opdata, const char *account, const char *protocol,
                   const char *recipient, const char *message) {
    struct party *from = opdata;
    (void)account; (void)protocol; (void)recipient;
    if (from->queued >= QUEUE_LEN) {
        fprintf(stderr, "queue overflow\n");
        exit(1);
    }
    from->queue[from->queued++] = strdup(message);
}

static int max_message_size(void *opdata, ConnContext *context) {
    (void)opdata; (void)context;
    return 0;
}

static OtrlMessageAppOps ops;

static void setup_ops(void) {
    memset(&ops, 0, sizeof ops);
    ops.policy = policy;
    ops.is_logged_in = is_logged_in;
    ops.inject_message = inject;
    ops.max_message_size = max_message_size;
}

static void make_party(struct party *party, const char *name) {
    FILE *scratch;
    memset(party, 0, sizeof *party);
    party->name = name;
    party->us = otrl_userstate_create();
    scratch = tmpfile();
    if (!scratch || otrl_privkey_generate_FILEp(party->us, scratch, name, PROTOCOL) ||
        otrl_instag_generate_FILEp(party->us, scratch, name, PROTOCOL)) {
        fprintf(stderr, "key generation failed\n");
        exit(1);
    }
    fclose(scratch);
}

/* Delivers what `from` queued to its other party; returns how many messages moved. */
static int deliver(struct party *from) {
    struct party *to = from->other;
    int moved = from->queued;
    for (int i = 0; i < moved; i++) {
        char *plain = NULL;
        otrl_message_receiving(to->us, &ops, to, to->name, PROTOCOL, from->name,
                               from->queue[i], &plain, NULL, NULL, NULL, NULL);
        if (plain && strcmp(plain, text) == 0) {
            decrypted++;
        }
        otrl_message_free(plain);
        free(from->queue[i]);
    }
    from->queued = 0;
    return moved;
}

static void pump(struct party *a, struct party *b) {
    for (int round = 0; round < 50; round++) {
        if (deliver(a) + deliver(b) == 0) {
            return;
        }
    }
    fprintf(stderr, "never quiet\n");
    exit(1);
}

static int encrypted(struct party *a) {
    ConnContext *context = otrl_context_find(a->us, a->other->name, a->name, PROTOCOL,
                                             OTRL_INSTAG_BEST, 0, NULL, NULL, NULL);
    return context && context->msgstate == OTRL_MSGSTATE_ENCRYPTED;
}

static void send_text(struct party *from, const char *text) {
    char *unused = NULL;
    gcry_error_t err = otrl_message_sending(from->us, &ops, from, from->name, PROTOCOL,
                                            from->other->name, OTRL_INSTAG_BEST, text, NULL,
                                            &unused, OTRL_FRAGMENT_SEND_ALL, NULL, NULL, NULL);
    otrl_message_free(unused);
    if (err) {
        fprintf(stderr, "sending failed\n");
        exit(1);
    }
}

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv) {
    struct party alice, bob;
    int ake_rounds = argc > 1 ? atoi(argv[1]) : 20;
    int message_rounds = argc > 2 ? atoi(argv[2]) : 500;

    OTRL_INIT;
    setup_ops();
    make_party(&alice, "alice@example.org");
    make_party(&bob, "bob@example.org");
    alice.other = &bob;
    bob.other = &alice;
    memset(text, 'x', 100);
    text[100] = '\0';

    printf("{\"ake_ns\": [");
    for (int i = 0; i < ake_rounds; i++) {
        long long start;
        if (encrypted(&alice)) {
            otrl_message_disconnect_all_instances(alice.us, &ops, &alice, alice.name, PROTOCOL,
                                                  bob.name);
            otrl_message_disconnect_all_instances(bob.us, &ops, &bob, bob.name, PROTOCOL,
                                                  alice.name);
            pump(&alice, &bob);
        }
        start = now_ns();
        send_text(&alice, "?OTR?");
        pump(&alice, &bob);
        printf("%s%lld", i ? ", " : "", now_ns() - start);
        if (!encrypted(&alice) || !encrypted(&bob)) {
            fprintf(stderr, "no private conversation\n");
            return 1;
        }
    }
    printf("], \"message_ns\": [");
    for (int i = 0; i < message_rounds; i++) {
        long long start = now_ns();
        send_text(&alice, text);
        deliver(&alice);
        printf("%s%lld", i ? ", " : "", now_ns() - start);
    }
    printf("]}\n");
    if (decrypted != message_rounds) {
        fprintf(stderr, "only %d of %d messages decrypted\n", decrypted, message_rounds);
        return 1;
    }
    otrl_userstate_free(alice.us);
    otrl_userstate_free(bob.us);
    return 0;
}
