/* explain - a mote binary as an annotated hex dump
 *
 * usage: explain FILE [ELF]
 *
 * Prints every field of the ELF header and of each program header: its
 * offset, its bytes, its name, its value and what the kernel's ELF loader
 * (fs/binfmt_elf.c) does with it; then the rest of the file, 16 bytes a
 * line, with the address each byte is loaded at.  ELF, when given, is the
 * unstripped link output of FILE (build/<arch>/elf/NAME): its symbols mark
 * where each function and table begins.  ELF32 and ELF64, little-endian.
 */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct field {
	const char *name;
	unsigned char n32, n64;	/* bytes in ELF32 and ELF64 */
	const char *what;
};

static const struct field ehdr[] = {
	{ "EI_MAG", 4, 4, "\\177ELF: execve picks the ELF loader by these four bytes" },
	{ "EI_CLASS", 1, 1, "the layout of every field below; must match the kernel (ELFCLASS64 on x86-64)" },
	{ "EI_DATA", 1, 1, "byte order" },
	{ "EI_VERSION", 1, 1, "1; not checked" },
	{ "EI_OSABI", 1, 1, "0 (System V); Linux ignores it" },
	{ "EI_ABIVERSION", 1, 1, "ignored" },
	{ "EI_PAD", 7, 7, "padding, ignored" },
	{ "e_type", 2, 2, "ET_EXEC: mapped at the addresses it names, no relocation" },
	{ "e_machine", 2, 2, "must be the kernel's own architecture, or execve fails with ENOEXEC" },
	{ "e_version", 4, 4, "1; not checked" },
	{ "e_entry", 4, 8, "the new process starts here: the instruction pointer after execve" },
	{ "e_phoff", 4, 8, "file offset of the program headers, which the kernel reads" },
	{ "e_shoff", 4, 8, "section header table: 0, none (elftrim dropped it); the kernel never reads it" },
	{ "e_flags", 4, 4, "processor-specific flags" },
	{ "e_ehsize", 2, 2, "size of this header; not checked" },
	{ "e_phentsize", 2, 2, "must be the size of one program header, or execve fails" },
	{ "e_phnum", 2, 2, "how many program headers to read" },
	{ "e_shentsize", 2, 2, "section headers: unused by the kernel" },
	{ "e_shnum", 2, 2, "section headers: none" },
	{ "e_shstrndx", 2, 2, "section headers: none" },
};

/* ELF32 and ELF64 order the program header fields differently. */
static const struct field phdr64[] = {
	{ "p_type", 4, 4, 0 },
	{ "p_flags", 4, 4, 0 },
	{ "p_offset", 4, 8, "file offset of the segment's first byte" },
	{ "p_vaddr", 4, 8, "where it is mapped (mmap MAP_FIXED, rounded down to a page)" },
	{ "p_paddr", 4, 8, "physical address: ignored" },
	{ "p_filesz", 4, 8, "bytes taken from the file" },
	{ "p_memsz", 4, 8, "bytes in memory; any past p_filesz are zero (bss)" },
	{ "p_align", 4, 8, "alignment of offset and address: a page" },
};
static const struct field phdr32[] = {
	{ "p_type", 4, 4, 0 },
	{ "p_offset", 4, 8, "file offset of the segment's first byte" },
	{ "p_vaddr", 4, 8, "where it is mapped (mmap MAP_FIXED, rounded down to a page)" },
	{ "p_paddr", 4, 8, "physical address: ignored" },
	{ "p_filesz", 4, 8, "bytes taken from the file" },
	{ "p_memsz", 4, 8, "bytes in memory; any past p_filesz are zero (bss)" },
	{ "p_flags", 4, 4, 0 },
	{ "p_align", 4, 8, "alignment of offset and address: a page" },
};

struct sym {
	unsigned long addr, size;
	char name[64];
};

static unsigned char *buf;
static long len;

static unsigned long get(long off, int n)
{
	unsigned long v = 0;

	while (n--)
		v = v << 8 | buf[off + n];
	return v;
}

static void *slurp(const char *path, long *n)
{
	FILE *f = fopen(path, "rb");
	unsigned char *p;

	if (!f || fseek(f, 0, SEEK_END) || (*n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
		perror(path);
		exit(1);
	}
	if (!(p = malloc(*n + 1)) || fread(p, 1, *n, f) != (size_t)*n) {
		perror(path);
		exit(1);
	}
	fclose(f);
	return p;
}

/* The sized function and object symbols of the unstripped ELF64/ELF32. */
static int symbols(const char *path, struct sym *out, int max)
{
	long n, i, j, cnt = 0;
	unsigned char *e = slurp(path, &n);
	int is64 = e[EI_CLASS] == ELFCLASS64;

	if (n < 52 || memcmp(e, ELFMAG, SELFMAG))
		return 0;
	if (is64) {
		Elf64_Ehdr *h = (void *)e;
		Elf64_Shdr *sh = (void *)(e + h->e_shoff);
		for (i = 0; i < h->e_shnum; i++) {
			if (sh[i].sh_type != SHT_SYMTAB)
				continue;
			Elf64_Sym *s = (void *)(e + sh[i].sh_offset);
			char *str = (char *)e + sh[sh[i].sh_link].sh_offset;
			for (j = 0; j < (long)(sh[i].sh_size / sizeof(*s)) && cnt < max; j++) {
				int t = ELF64_ST_TYPE(s[j].st_info);
				if ((t == STT_FUNC || t == STT_OBJECT || (t == STT_NOTYPE && s[j].st_name)) && s[j].st_value) {
					out[cnt].addr = s[j].st_value;
					out[cnt].size = s[j].st_size;
					snprintf(out[cnt++].name, sizeof(out->name), "%s", str + s[j].st_name);
				}
			}
		}
	} else {
		Elf32_Ehdr *h = (void *)e;
		Elf32_Shdr *sh = (void *)(e + h->e_shoff);
		for (i = 0; i < h->e_shnum; i++) {
			if (sh[i].sh_type != SHT_SYMTAB)
				continue;
			Elf32_Sym *s = (void *)(e + sh[i].sh_offset);
			char *str = (char *)e + sh[sh[i].sh_link].sh_offset;
			for (j = 0; j < (long)(sh[i].sh_size / sizeof(*s)) && cnt < max; j++) {
				int t = ELF32_ST_TYPE(s[j].st_info);
				if ((t == STT_FUNC || t == STT_OBJECT || (t == STT_NOTYPE && s[j].st_name)) && s[j].st_value) {
					out[cnt].addr = s[j].st_value;
					out[cnt].size = s[j].st_size;
					snprintf(out[cnt++].name, sizeof(out->name), "%s", str + s[j].st_name);
				}
			}
		}
	}
	free(e);
	return cnt;
}

static const char *machine(unsigned v)
{
	switch (v) {
	case EM_X86_64: return "x86-64";
	case EM_386: return "i386";
	case EM_AARCH64: return "AArch64";
	case EM_RISCV: return "RISC-V";
	case EM_ARM: return "ARM";
	}
	return "?";
}

static const char *ptype(unsigned long v, const char **what)
{
	switch (v) {
	case PT_LOAD: *what = "map this part of the file into memory"; return "PT_LOAD";
	case PT_GNU_STACK: *what = "stack permissions (without it the stack may be executable)"; return "PT_GNU_STACK";
	case PT_INTERP: *what = "the dynamic loader to run first"; return "PT_INTERP";
	case PT_NOTE: *what = "notes; the kernel reads some (e.g. GNU property)"; return "PT_NOTE";
	case PT_TLS: *what = "thread-local storage template, for libc"; return "PT_TLS";
	}
	*what = "not used by the kernel";
	return "?";
}

/* One field: offset, up to 8 bytes in hex, name, value, meaning. */
static void show(long off, const struct field *f, int is64, const char *value, const char *what)
{
	int n = is64 ? f->n64 : f->n32, i;
	char hex[32] = "";

	for (i = 0; i < n && i < 8; i++)
		sprintf(hex + 3 * i, "%02x ", buf[off + i]);
	printf("  0x%04lx  %-24s %-13s %-22s %s\n", off, hex, f->name, value, what ? what : f->what);
}

int main(int argc, char **argv)
{
	static struct sym syms[4096];
	int nsym = 0, is64, i, j, k, phnum;
	long off, phoff, phentsize, start;
	unsigned long base = 0, load_off = 0;
	char v[64];

	if (argc < 2 || argc > 3) {
		fputs("usage: explain FILE [ELF]\n", stderr);
		return 2;
	}
	buf = slurp(argv[1], &len);
	if (len < 52 || memcmp(buf, ELFMAG, SELFMAG) || buf[EI_DATA] != ELFDATA2LSB ||
	    (buf[EI_CLASS] != ELFCLASS32 && buf[EI_CLASS] != ELFCLASS64)) {
		fprintf(stderr, "explain: %s: not a little-endian ELF file\n", argv[1]);
		return 1;
	}
	is64 = buf[EI_CLASS] == ELFCLASS64;
	if (argc == 3)
		nsym = symbols(argv[2], syms, 4096);

	off = 0;
	printf("%s: %ld bytes, ELF%d little-endian, %s\n\n", argv[1], len, is64 ? 64 : 32,
	       machine(get(18, 2)));
	printf("ELF header, %d bytes\n", is64 ? 64 : 52);
	for (i = 0; i < (int)(sizeof(ehdr) / sizeof(*ehdr)); i++) {
		int n = is64 ? ehdr[i].n64 : ehdr[i].n32;
		unsigned long x = n <= 8 ? get(off, n) : 0;
		const char *name = ehdr[i].name;

		if (!strcmp(name, "EI_MAG"))
			snprintf(v, sizeof(v), "\\177ELF");
		else if (!strcmp(name, "EI_CLASS"))
			snprintf(v, sizeof(v), "%lu (ELF%s)", x, x == 2 ? "64" : "32");
		else if (!strcmp(name, "EI_DATA"))
			snprintf(v, sizeof(v), "%lu (%s)", x, x == 1 ? "little-endian" : "big-endian");
		else if (!strcmp(name, "e_type"))
			snprintf(v, sizeof(v), "%lu (%s)", x, x == 2 ? "ET_EXEC" : x == 3 ? "ET_DYN" : "?");
		else if (!strcmp(name, "e_machine"))
			snprintf(v, sizeof(v), "%lu (%s)", x, machine(x));
		else if (!strcmp(name, "e_entry") || !strcmp(name, "e_phoff") || !strcmp(name, "e_shoff"))
			snprintf(v, sizeof(v), "0x%lx", x);
		else if (!strcmp(name, "EI_PAD"))
			snprintf(v, sizeof(v), "0");
		else
			snprintf(v, sizeof(v), "%lu", x);
		show(off, &ehdr[i], is64, v, 0);
		off += n;
	}
	phoff = is64 ? get(32, 8) : get(28, 4);
	phentsize = get(is64 ? 54 : 42, 2);
	phnum = get(is64 ? 56 : 44, 2);
	if (phoff + (long)phnum * phentsize > len) {
		fprintf(stderr, "explain: %s: program headers past the end of the file\n", argv[1]);
		return 1;
	}
	for (j = 0; j < phnum; j++) {
		const struct field *ph = is64 ? phdr64 : phdr32;
		const char *what;
		unsigned long vaddr = 0, poff = 0;

		printf("\nprogram header %d, %ld bytes at 0x%lx\n", j, phentsize, phoff + j * phentsize);
		off = phoff + j * phentsize;
		for (i = 0; i < 8; i++) {
			int n = is64 ? ph[i].n64 : ph[i].n32;
			unsigned long x = get(off, n);

			what = 0;
			if (!strcmp(ph[i].name, "p_type")) {
				snprintf(v, sizeof(v), "%s", ptype(x, &what));
			} else if (!strcmp(ph[i].name, "p_flags")) {
				snprintf(v, sizeof(v), "%c%c%c", x & PF_R ? 'R' : '-', x & PF_W ? 'W' : '-',
					 x & PF_X ? 'X' : '-');
				what = "mmap protection: R read, W write, X execute";
			} else {
				snprintf(v, sizeof(v), strcmp(ph[i].name, "p_filesz") && strcmp(ph[i].name, "p_memsz") ?
					 "0x%lx" : "%lu", x);
			}
			if (!strcmp(ph[i].name, "p_vaddr"))
				vaddr = x;
			if (!strcmp(ph[i].name, "p_offset"))
				poff = x;
			show(off, &ph[i], is64, v, what);
			off += n;
		}
		if (get(phoff + j * phentsize, 4) == PT_LOAD && !base) {
			base = vaddr;
			load_off = poff;
		}
	}

	start = phoff + (long)phnum * phentsize;
	printf("\ncode and constants: bytes 0x%lx to 0x%lx (%ld bytes), loaded at 0x%lx\n", start, len,
	       len - start, base + start - load_off);
	for (off = start; off < len; off = k) {
		unsigned long addr = base + off - load_off;

		/* Break the line where a symbol starts, so that it heads its bytes. */
		k = off + 16 - (addr & 15);
		for (i = 0; i < nsym; i++)
			if (syms[i].addr > addr && syms[i].addr < base + k - load_off)
				k = syms[i].addr - base + load_off;
		if (k > len)
			k = len;
		for (i = 0; i < nsym; i++)
			if (syms[i].addr == addr)
				printf("  <%s>%s\n", syms[i].name, syms[i].size ? "" : " (no size)");
		printf("  0x%04lx  %08lx  ", off, addr);
		for (i = off; i < k; i++)
			printf("%02x ", buf[i]);
		printf("\n");
	}
	return 0;
}
