// A QEMU TCG plugin (plugin API version 1, as in Debian's qemu-user 7.2) that counts the instructions a program
// executes, by the address of each translated block, over all its threads. At exit it writes "address count" lines
// and a "total" line to $INSN_OUT, and copies the process's memory map to $INSN_OUT.maps, so that the addresses can
// be named (scripts/instruction-count/profile.py). Used by scripts/instruction-count.sh.
//
// Debian ships QEMU with plugin support but without the plugin header; the few declarations used are copied here
// from include/qemu/qemu-plugin.h.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
typedef uint64_t qemu_plugin_id_t;
struct qemu_plugin_tb;
typedef struct qemu_info_t qemu_info_t;
enum qemu_plugin_cb_flags { QEMU_PLUGIN_CB_NO_REGS, QEMU_PLUGIN_CB_R_REGS, QEMU_PLUGIN_CB_RW_REGS };
typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t id, struct qemu_plugin_tb *tb);
typedef void (*qemu_plugin_vcpu_udata_cb_t)(unsigned int vcpu_index, void *userdata);
typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t id, void *userdata);
void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id, qemu_plugin_vcpu_tb_trans_cb_t cb);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
uint64_t qemu_plugin_tb_vaddr(const struct qemu_plugin_tb *tb);
void qemu_plugin_register_vcpu_tb_exec_cb(struct qemu_plugin_tb *tb, qemu_plugin_vcpu_udata_cb_t cb, enum qemu_plugin_cb_flags flags, void *userdata);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, qemu_plugin_udata_cb_t cb, void *userdata);
__attribute__((visibility("default"))) int qemu_plugin_version = 1;
struct block { uint64_t vaddr, n, count; struct block *next; };
static struct block *blocks; static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static void exec(unsigned int vcpu, void *p) { struct block *b = p; __atomic_fetch_add(&b->count, b->n, __ATOMIC_RELAXED); }
static void trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    struct block *b = calloc(1, sizeof *b);
    b->vaddr = qemu_plugin_tb_vaddr(tb); b->n = qemu_plugin_tb_n_insns(tb);
    pthread_mutex_lock(&lock); b->next = blocks; blocks = b; pthread_mutex_unlock(&lock);
    qemu_plugin_register_vcpu_tb_exec_cb(tb, exec, QEMU_PLUGIN_CB_NO_REGS, b);
}
static void done(qemu_plugin_id_t id, void *p) {
    const char *path = getenv("INSN_OUT"); if (!path) path = "/tmp/insnprof.txt";
    FILE *f = fopen(path, "w"); uint64_t total = 0;
    for (struct block *b = blocks; b; b = b->next) if (b->count) { fprintf(f, "%llx %llu\n", (unsigned long long)b->vaddr, (unsigned long long)b->count); total += b->count; }
    fprintf(f, "total %llu\n", (unsigned long long)total); fclose(f);
    char mp[4096]; snprintf(mp, sizeof mp, "%s.maps", path);
    FILE *in = fopen("/proc/self/maps", "r"), *out = fopen(mp, "w"); char line[8192];
    while (fgets(line, sizeof line, in)) fputs(line, out);
    fclose(in); fclose(out);
}
__attribute__((visibility("default"))) int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv) {
    qemu_plugin_register_vcpu_tb_trans_cb(id, trans);
    qemu_plugin_register_atexit_cb(id, done, NULL);
    return 0;
}
