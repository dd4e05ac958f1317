import { sourcesPartPage } from '../../part-page';

const page = sourcesPartPage('places');
export const generateMetadata = page.generateMetadata;
export const generateStaticParams = page.generateStaticParams;
export const dynamicParams = false;
export default page.Page;
