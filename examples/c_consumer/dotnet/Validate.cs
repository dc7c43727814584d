// The C ABI from C# through P/Invoke (docs/c-api.md): validates a report and prints its findings document, the
// same bytes as `ogi validate --format json REPORT`. Built and run by CI with Mono (Debian mono-mcs):
//     mcs Validate.cs && LD_LIBRARY_PATH=PREFIX/lib mono Validate.exe REPORT
// The same declarations serve .NET 6 and later.
using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

static class Ogi {
    const string Library = "ogi_c";  // libogi_c.so: the name dlopen is given

    public enum Status { Ok = 0, InvalidArgument = 1, UnreadableInput = 2, DecodeError = 3, SumRefused = 4,
                         OutOfMemory = 5, InternalError = 6 }

    [DllImport(Library)] public static extern Status ogi_report_read(byte[] bytes, UIntPtr length, uint flags,
                                                                     out IntPtr report, out IntPtr error,
                                                                     out UIntPtr errorLength);
    [DllImport(Library)] public static extern void ogi_report_free(IntPtr report);
    [DllImport(Library)] public static extern Status ogi_validate(IntPtr report, IntPtr previous, byte[] source,
                                                                  UIntPtr sourceLength, out IntPtr findings,
                                                                  out UIntPtr length, out IntPtr error,
                                                                  out UIntPtr errorLength);
    [DllImport(Library)] public static extern void ogi_free(IntPtr pointer);

    // A library-owned buffer as bytes, freed.
    public static byte[] Take(IntPtr pointer, UIntPtr length) {
        try {
            var bytes = new byte[checked((int)length.ToUInt64())];
            Marshal.Copy(pointer, bytes, 0, bytes.Length);
            return bytes;
        } finally {
            ogi_free(pointer);
        }
    }
    public static string TakeString(IntPtr pointer, UIntPtr length) => Encoding.UTF8.GetString(Take(pointer, length));
}

static class Validate {
    static int Main(string[] args) {
        byte[] bytes = File.ReadAllBytes(args[0]);
        IntPtr error, report;
        UIntPtr errorLength;
        if (Ogi.ogi_report_read(bytes, (UIntPtr)bytes.Length, 0, out report, out error, out errorLength) != Ogi.Status.Ok) {
            Console.Error.WriteLine(Ogi.TakeString(error, errorLength));
            return 2;
        }
        try {
            byte[] source = Encoding.UTF8.GetBytes(args[0]);
            IntPtr findings;
            UIntPtr length;
            if (Ogi.ogi_validate(report, IntPtr.Zero, source, (UIntPtr)source.Length, out findings, out length,
                                 out error, out errorLength) != Ogi.Status.Ok) {
                Console.Error.WriteLine(Ogi.TakeString(error, errorLength));
                return 2;
            }
            Console.Out.Write(Ogi.TakeString(findings, length));
            return 0;
        } finally {
            Ogi.ogi_report_free(report);
        }
    }
}
