// What Word 365 for Windows puts on the clipboard (trimmed): conditional comments, <o:p>, mso-* styles, Mso
// classes, a bulleted list as paragraphs with the bullet in a mso-list:Ignore span.
export const WORD_PASTE = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=ProgId content=Word.Document><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-family:"Calibri",sans-serif;} --></style></head>
<body lang=EN-US style='tab-interval:36.0pt'>
<!--StartFragment-->
<p class=MsoNormal style='mso-margin-top-alt:auto'><b><span style='mso-bidi-font-weight:normal'>Quarterly</span></b> report is <i>ready</i><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Revenue<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Costs<o:p></o:p></p>
<p class=MsoNormal><span style='mso-spacerun:yes'></span><o:p>&nbsp;</o:p></p>
<!--EndFragment-->
</body></html>`;
